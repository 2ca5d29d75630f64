package org.backchannel.http;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request whose body was read whole by {@link RequestBodies}, or is never to be read:
 * its parameters are the query string's and, for a form that was read, the form's (a NUL
 * in either is dropped, as {@link NulCharacterFilter} does); its stream gives the bytes
 * read, or nothing.
 */
final class ReceivedBody extends HttpServletRequestWrapper {

	/** Already received (or hidden): the next security chain leaves it as it is. */
	interface Marker {

	}

	private static final int MAX_PARAMETERS = 1000;

	private final byte[] body;

	/** Whether the body was read (and the request's own parameters are its query's). */
	private final boolean read;

	/** The form's parameters, when the body read was a form. */
	private final Map<String, List<String>> form = new LinkedHashMap<>();

	private Map<String, String[]> parameters;

	private String parametersQuery;

	private ReceivedBody(HttpServletRequest request, byte[] body, boolean read, boolean form) {
		super(request);
		this.body = body;
		this.read = read;
		if (form) {
			Charset charset = charset(request.getCharacterEncoding());
			add(this.form, new String(body, charset), charset);
		}
	}

	static ReceivedBody of(HttpServletRequest request, byte[] body) {
		return new ReceivedBody(request, body, true, isForm(request));
	}

	static ReceivedBody unread(HttpServletRequest request) {
		return new ReceivedBody(request, new byte[0], false, false);
	}

	private static boolean isForm(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.strip().toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
	}

	/**
	 * The query's parameters (a forward's included: once the body is read, the container
	 * parses only the query), then the form's; never read from an unread body.
	 */
	@Override
	public Map<String, String[]> getParameterMap() {
		// Built once per query string: a forward changes it, every other call reuses it
		// (binding a form asks for each field).
		String query = getQueryString();
		if (this.parameters == null || !Objects.equals(query, this.parametersQuery)) {
			this.parameters = parameters();
			this.parametersQuery = query;
		}
		return this.parameters;
	}

	private Map<String, String[]> parameters() {
		Map<String, List<String>> values = new LinkedHashMap<>();
		if (this.read) {
			super.getParameterMap().forEach((name, given) -> {
				List<String> list = values.computeIfAbsent(name, (key) -> new ArrayList<>());
				for (String value : given) {
					list.add((value != null) ? value.replace("\u0000", "") : null);
				}
			});
		}
		else {
			add(values, getQueryString(), StandardCharsets.UTF_8);
		}
		this.form.forEach((name, list) -> values.computeIfAbsent(name, (key) -> new ArrayList<>()).addAll(list));
		Map<String, String[]> result = new LinkedHashMap<>();
		values.forEach((name, list) -> result.put(name, list.toArray(String[]::new)));
		return Collections.unmodifiableMap(result);
	}

	@Override
	public String getParameter(String name) {
		String[] values = getParameterMap().get(name);
		return (values != null && values.length > 0) ? values[0] : null;
	}

	@Override
	public Enumeration<String> getParameterNames() {
		return Collections.enumeration(getParameterMap().keySet());
	}

	@Override
	public String[] getParameterValues(String name) {
		return getParameterMap().get(name);
	}

	private static void add(Map<String, List<String>> values, String encoded, Charset charset) {
		if (encoded == null || encoded.isEmpty()) {
			return;
		}
		int count = 0;
		for (String pair : encoded.split("&")) {
			if (pair.isEmpty() || ++count > MAX_PARAMETERS) {
				continue;
			}
			int equals = pair.indexOf('=');
			String name = decode((equals >= 0) ? pair.substring(0, equals) : pair, charset);
			String value = decode((equals >= 0) ? pair.substring(equals + 1) : "", charset);
			if (name != null && value != null && !name.isEmpty()) {
				values.computeIfAbsent(name, (key) -> new ArrayList<>()).add(value);
			}
		}
	}

	/**
	 * Decoded, NUL dropped; null when the percent-encoding is broken (Tomcat skips those
	 * too).
	 */
	private static String decode(String text, Charset charset) {
		try {
			return URLDecoder.decode(text, charset).replace("\u0000", "");
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static Charset charset(String name) {
		try {
			return (name != null) ? Charset.forName(name) : StandardCharsets.UTF_8;
		}
		catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
			return StandardCharsets.UTF_8;
		}
	}

	@Override
	public ServletInputStream getInputStream() {
		ByteArrayInputStream in = new ByteArrayInputStream(this.body);
		return new ServletInputStream() {

			@Override
			public int read() {
				return in.read();
			}

			@Override
			public int read(byte[] buffer, int offset, int length) {
				return in.read(buffer, offset, length);
			}

			@Override
			public boolean isFinished() {
				return in.available() == 0;
			}

			@Override
			public boolean isReady() {
				return true;
			}

			/** The whole body is in memory: it is all available, and then all read. */
			@Override
			public void setReadListener(ReadListener listener) {
				try {
					if (in.available() > 0) {
						listener.onDataAvailable();
					}
					listener.onAllDataRead();
				}
				catch (IOException ex) {
					listener.onError(ex);
				}
			}

		};
	}

	@Override
	public BufferedReader getReader() throws IOException {
		return new BufferedReader(new InputStreamReader(getInputStream(), charset(getCharacterEncoding())));
	}

	@Override
	public long getContentLengthLong() {
		return this.body.length;
	}

	@Override
	public int getContentLength() {
		return this.body.length;
	}

}
