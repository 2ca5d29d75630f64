package org.backchannel.caching;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * A response that keeps everything written to it and sends nothing: what a rebuild after
 * the answer writes to, once the request it runs in has been answered (the response
 * underneath is complete, so nothing may reach it). Only URL encoding is the real
 * response's.
 */
final class DetachedResponse extends HttpServletResponseWrapper {

	private final ByteArrayOutputStream body = new ByteArrayOutputStream();

	/** The headers set, by name regardless of case. */
	private final HttpHeaders headers = new HttpHeaders();

	private int status = SC_OK;

	private String mediaType;

	private String charset;

	private Locale locale = Locale.getDefault();

	private boolean cookieSet;

	private ServletOutputStream stream;

	private PrintWriter writer;

	DetachedResponse(HttpServletResponse answered) {
		super(answered);
	}

	/** The body written so far (the writer flushed). */
	byte[] body() {
		if (this.writer != null) {
			this.writer.flush();
		}
		return this.body.toByteArray();
	}

	/** Whether a cookie was set: an answer that sets one is never kept. */
	boolean cookieSet() {
		return this.cookieSet;
	}

	@Override
	public int getStatus() {
		return this.status;
	}

	@Override
	public void setStatus(int status) {
		this.status = status;
	}

	@Override
	public void sendError(int status) {
		this.status = status;
	}

	@Override
	public void sendError(int status, String message) {
		this.status = status;
	}

	@Override
	public void sendRedirect(String location) {
		this.status = SC_FOUND;
		setHeader(HttpHeaders.LOCATION, location);
	}

	@Override
	public void sendRedirect(String location, int status, boolean clearBuffer) {
		this.status = status;
		setHeader(HttpHeaders.LOCATION, location);
	}

	@Override
	public void addCookie(Cookie cookie) {
		this.cookieSet = true;
	}

	@Override
	public boolean containsHeader(String name) {
		return this.headers.containsHeader(name);
	}

	@Override
	public String getHeader(String name) {
		return this.headers.getFirst(name);
	}

	@Override
	public Collection<String> getHeaders(String name) {
		return List.copyOf(this.headers.getOrEmpty(name));
	}

	@Override
	public Collection<String> getHeaderNames() {
		return List.copyOf(this.headers.headerNames());
	}

	@Override
	public void setHeader(String name, String value) {
		if (HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
			setContentType(value);
			return;
		}
		this.headers.remove(name);
		if (value != null) {
			this.headers.set(name, value);
		}
	}

	@Override
	public void addHeader(String name, String value) {
		if (HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
			setContentType(value);
			return;
		}
		this.headers.add(name, value);
	}

	@Override
	public void setIntHeader(String name, int value) {
		setHeader(name, Integer.toString(value));
	}

	@Override
	public void addIntHeader(String name, int value) {
		addHeader(name, Integer.toString(value));
	}

	@Override
	public void setDateHeader(String name, long date) {
		this.headers.setDate(name, date);
	}

	@Override
	public void addDateHeader(String name, long date) {
		HttpHeaders formatted = new HttpHeaders();
		formatted.setDate(name, date);
		addHeader(name, formatted.getFirst(name));
	}

	@Override
	public String getContentType() {
		if (this.mediaType == null) {
			return null;
		}
		return (this.charset != null) ? this.mediaType + ";charset=" + this.charset : this.mediaType;
	}

	@Override
	public void setContentType(String type) {
		if (type == null) {
			this.mediaType = null;
			return;
		}
		MediaType parsed = MediaType.parseMediaType(type);
		this.mediaType = parsed.getType() + "/" + parsed.getSubtype();
		if (parsed.getCharset() != null && this.writer == null) {
			this.charset = parsed.getCharset().name();
		}
	}

	@Override
	public String getCharacterEncoding() {
		return (this.charset != null) ? this.charset : StandardCharsets.ISO_8859_1.name();
	}

	@Override
	public void setCharacterEncoding(String charset) {
		if (this.writer == null) {
			this.charset = charset;
		}
	}

	@Override
	public void setContentLength(int length) {
	}

	@Override
	public void setContentLengthLong(long length) {
	}

	@Override
	public Locale getLocale() {
		return this.locale;
	}

	@Override
	public void setLocale(Locale locale) {
		this.locale = locale;
	}

	@Override
	public ServletOutputStream getOutputStream() {
		if (this.stream == null) {
			this.stream = new ServletOutputStream() {

				@Override
				public void write(int b) {
					DetachedResponse.this.body.write(b);
				}

				@Override
				public void write(byte[] bytes, int offset, int length) {
					DetachedResponse.this.body.write(bytes, offset, length);
				}

				@Override
				public boolean isReady() {
					return true;
				}

				/** Always ready: the listener may write at once. */
				@Override
				public void setWriteListener(WriteListener listener) {
					try {
						listener.onWritePossible();
					}
					catch (IOException ex) {
						listener.onError(ex);
					}
				}

			};
		}
		return this.stream;
	}

	@Override
	public PrintWriter getWriter() {
		if (this.writer == null) {
			this.writer = new PrintWriter(new OutputStreamWriter(this.body, Charset.forName(getCharacterEncoding())));
		}
		return this.writer;
	}

	@Override
	public void flushBuffer() {
		if (this.writer != null) {
			this.writer.flush();
		}
	}

	@Override
	public boolean isCommitted() {
		return false;
	}

	@Override
	public void reset() {
		resetBuffer();
		this.headers.clear();
		this.status = SC_OK;
		this.mediaType = null;
	}

	@Override
	public void resetBuffer() {
		flushBuffer();
		this.body.reset();
	}

	@Override
	public void setBufferSize(int size) {
	}

	@Override
	public int getBufferSize() {
		return Integer.MAX_VALUE;
	}

}
