package org.backchannel.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gzip for text answers of at least {@link #MIN_SIZE} bytes (HTML, JSON, CSS, JavaScript,
 * Atom, CSV, iCalendar, SVG), never for images and fonts that are compressed already.
 * <p>
 * Tomcat's own compression leaves alone every answer with a strong ETag (Tomcat 11 has no
 * setting to change that), and nearly every answer here has one. A gzip body is another
 * representation than the identity body, and RFC 9110 (8.8.3) wants a strong validator to
 * tell representations apart: so the gzip answer gets its own strong tag, the identity
 * tag with {@code -gzip} inside the quotes ({@code "v3-ab12"} becomes
 * {@code "v3-ab12-gzip"}), and weak tags are kept as they are (a weak tag may stand for
 * semantically equivalent representations). Both tags validate the same state: in
 * {@code If-None-Match} and {@code If-Match} the suffix is taken off before the app
 * compares, so a client that read gzip can revalidate and write back with the tag it got,
 * and a 304 to a client that holds the gzip representation names the gzip tag. Every
 * compressible answer says {@code Vary: Accept-Encoding}.
 * <p>
 * The signed-in admin pages under {@code /admin/} are left alone: they are private and
 * never shared, and one of them (from report to draft) forwards to the event form, whose
 * body this wrapper loses when the container closes a forwarded response (found by
 * {@code DraftBrowserIT}; not diagnosed further).
 */
class CompressionFilter extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/admin/");
	}

	/** Smaller bodies are sent as they are: gzip would save little or nothing. */
	static final int MIN_SIZE = 1024;

	static final String SUFFIX = "-gzip";

	private static final List<String> COMPRESSIBLE = List.of("text/html", "text/css", "text/javascript", "text/plain",
			"text/csv", "text/calendar", "text/xml", "application/json", "application/problem+json",
			"application/ld+json", "application/vnd.oai.openapi+json", "application/javascript", "application/atom+xml",
			"application/xml", "application/rss+xml", "image/svg+xml");

	/** At most this many codings of one Accept-Encoding are looked at. */
	private static final int MAX_CODINGS = 32;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean gzipTagAsked = asksForGzipTag(request);
		boolean accepts = acceptsGzip(request) && request.getHeader(HttpHeaders.RANGE) == null;
		Compressing compressing = new Compressing(response, accepts, gzipTagAsked);
		// On an exception nothing held back is sent: the error page replaces it.
		chain.doFilter(new WithoutGzipTags(request), compressing);
		compressing.finish();
	}

	static boolean acceptsGzip(HttpServletRequest request) {
		Enumeration<String> values = request.getHeaders(HttpHeaders.ACCEPT_ENCODING);
		while (values != null && values.hasMoreElements()) {
			if (acceptsGzip(values.nextElement())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether one Accept-Encoding value takes gzip: {@code gzip} or {@code *} with no q,
	 * or a q above zero. Split by commas and semicolons (linear in the header's length,
	 * whatever it holds), never matched by a regular expression.
	 */
	static boolean acceptsGzip(String header) {
		String[] codings = header.split(",", MAX_CODINGS + 1);
		for (int i = 0; i < Math.min(codings.length, MAX_CODINGS); i++) {
			String[] parts = codings[i].split(";");
			String coding = parts[0].strip().toLowerCase(Locale.ROOT);
			if ((coding.equals("gzip") || coding.equals("*")) && qualityAboveZero(parts)) {
				return true;
			}
		}
		return false;
	}

	private static boolean qualityAboveZero(String[] parameters) {
		for (int i = 1; i < parameters.length; i++) {
			String[] pair = parameters[i].split("=", 2);
			if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("q")) {
				return positiveQuality(pair[1].strip());
			}
		}
		return true;
	}

	/** RFC 9110's qvalue ("1", "1.000", "0.5", ".5" taken too) above zero. */
	static boolean positiveQuality(String q) {
		if (q.isEmpty() || q.length() > 8) {
			return false;
		}
		int point = q.indexOf('.');
		String whole = (point >= 0) ? q.substring(0, point) : q;
		String fraction = (point >= 0) ? q.substring(point + 1) : "";
		if (!whole.chars().allMatch((c) -> c == '0' || c == '1') || whole.length() > 1
				|| !fraction.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			return false;
		}
		if (whole.equals("1")) {
			return fraction.chars().allMatch((c) -> c == '0');
		}
		return fraction.chars().anyMatch((c) -> c != '0');
	}

	private static boolean asksForGzipTag(HttpServletRequest request) {
		Enumeration<String> values = request.getHeaders(HttpHeaders.IF_NONE_MATCH);
		while (values != null && values.hasMoreElements()) {
			if (values.nextElement().contains(SUFFIX + "\"")) {
				return true;
			}
		}
		return false;
	}

	static boolean compressible(String contentType) {
		if (contentType == null) {
			return false;
		}
		String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
		return COMPRESSIBLE.contains(type);
	}

	/** The gzip representation's tag for an identity tag: strong tags only. */
	static String gzipTag(String etag) {
		String tag = etag.strip();
		if (tag.startsWith("W/") || !tag.endsWith("\"") || tag.length() < 2 || tag.endsWith(SUFFIX + "\"")) {
			return tag;
		}
		return tag.substring(0, tag.length() - 1) + SUFFIX + "\"";
	}

	/** Conditional headers as the app compares them: without the gzip suffix. */
	private static final class WithoutGzipTags extends HttpServletRequestWrapper {

		WithoutGzipTags(HttpServletRequest request) {
			super(request);
		}

		private static boolean conditional(String name) {
			return HttpHeaders.IF_NONE_MATCH.equalsIgnoreCase(name) || HttpHeaders.IF_MATCH.equalsIgnoreCase(name);
		}

		private static String strip(String value) {
			return (value != null) ? value.replace(SUFFIX + "\"", "\"") : null;
		}

		@Override
		public String getHeader(String name) {
			String value = super.getHeader(name);
			return conditional(name) ? strip(value) : value;
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			Enumeration<String> values = super.getHeaders(name);
			if (!conditional(name) || values == null) {
				return values;
			}
			return Collections.enumeration(Collections.list(values).stream().map(WithoutGzipTags::strip).toList());
		}

	}

	/**
	 * Holds the first {@link #MIN_SIZE} bytes back; once more come (or at the end) it
	 * decides, sets the headers and sends gzip or identity.
	 */
	private static final class Compressing extends HttpServletResponseWrapper {

		private final boolean accepts;

		private final boolean gzipTagAsked;

		private final ByteArrayOutputStream held = new ByteArrayOutputStream();

		private OutputStream target;

		private GZIPOutputStream gzip;

		private long contentLength = -1;

		private ServletOutputStream stream;

		private PrintWriter writer;

		Compressing(HttpServletResponse response, boolean accepts, boolean gzipTagAsked) {
			super(response);
			this.accepts = accepts;
			this.gzipTagAsked = gzipTagAsked;
		}

		@Override
		public void setContentLength(int length) {
			setContentLengthLong(length);
		}

		@Override
		public void setContentLengthLong(long length) {
			if (this.target == null) {
				this.contentLength = length;
			}
			else if (this.gzip == null) {
				super.setContentLengthLong(length);
			}
		}

		@Override
		public void setHeader(String name, String value) {
			if (HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
				setContentLengthLong(Long.parseLong(value));
				return;
			}
			super.setHeader(name, value);
		}

		@Override
		public void addHeader(String name, String value) {
			if (HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
				setContentLengthLong(Long.parseLong(value));
				return;
			}
			super.addHeader(name, value);
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			if (this.writer != null) {
				throw new IllegalStateException("getWriter() has been called");
			}
			if (this.stream == null) {
				this.stream = new ServletOutputStream() {

					@Override
					public void write(int b) throws IOException {
						Compressing.this.write(new byte[] { (byte) b }, 0, 1);
					}

					@Override
					public void write(byte[] bytes, int offset, int length) throws IOException {
						Compressing.this.write(bytes, offset, length);
					}

					@Override
					public void flush() throws IOException {
						if (Compressing.this.target != null) {
							Compressing.this.target.flush();
						}
					}

					@Override
					public boolean isReady() {
						return true;
					}

					@Override
					public void setWriteListener(WriteListener listener) {
						throw new UnsupportedOperationException("Asynchronous writes are not compressed");
					}

				};
			}
			return this.stream;
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			if (this.writer == null) {
				if (this.stream != null) {
					throw new IllegalStateException("getOutputStream() has been called");
				}
				String encoding = getCharacterEncoding();
				Charset charset = (encoding != null) ? Charset.forName(encoding) : StandardCharsets.ISO_8859_1;
				this.writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
			}
			return this.writer;
		}

		@Override
		public void flushBuffer() throws IOException {
			if (this.writer != null) {
				this.writer.flush();
			}
			if (this.target != null) {
				this.target.flush();
				super.flushBuffer();
			}
		}

		@Override
		public void resetBuffer() {
			if (this.target == null) {
				this.held.reset();
			}
			super.resetBuffer();
		}

		@Override
		public void reset() {
			if (this.target == null) {
				this.held.reset();
				this.contentLength = -1;
			}
			super.reset();
		}

		private void write(byte[] bytes, int offset, int length) throws IOException {
			if (this.target == null) {
				this.held.write(bytes, offset, length);
				if (this.held.size() >= MIN_SIZE) {
					decide(true);
				}
				return;
			}
			this.target.write(bytes, offset, length);
		}

		/** Sets the headers and starts sending: gzip if it is worth it. */
		private void decide(boolean large) throws IOException {
			HttpServletResponse response = (HttpServletResponse) getResponse();
			boolean compressible = compressible(getContentType());
			if (compressible) {
				addVary(response);
			}
			int status = getStatus();
			boolean compress = large && this.accepts && compressible && status >= 200 && status < 300
					&& status != HttpServletResponse.SC_PARTIAL_CONTENT && status != HttpServletResponse.SC_NO_CONTENT
					&& getHeader(HttpHeaders.CONTENT_ENCODING) == null;
			if (compress) {
				response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
				String etag = response.getHeader(HttpHeaders.ETAG);
				if (etag != null) {
					response.setHeader(HttpHeaders.ETAG, gzipTag(etag));
				}
				this.gzip = new GZIPOutputStream(response.getOutputStream(), 8192);
				this.target = this.gzip;
			}
			else {
				if (this.contentLength >= 0) {
					response.setContentLengthLong(this.contentLength);
				}
				this.target = response.getOutputStream();
			}
			this.held.writeTo(this.target);
			this.held.reset();
		}

		private static void addVary(HttpServletResponse response) {
			for (String vary : response.getHeaders(HttpHeaders.VARY)) {
				if (vary.toLowerCase(Locale.ROOT).contains("accept-encoding") || vary.strip().equals("*")) {
					return;
				}
			}
			response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		}

		void finish() throws IOException {
			if (this.writer != null) {
				this.writer.flush();
			}
			if (this.target == null) {
				HttpServletResponse response = (HttpServletResponse) getResponse();
				if (getStatus() == HttpServletResponse.SC_NOT_MODIFIED) {
					// The 304 names the representation the client holds.
					String etag = response.getHeader(HttpHeaders.ETAG);
					if (etag != null && this.gzipTagAsked && this.accepts) {
						response.setHeader(HttpHeaders.ETAG, gzipTag(etag));
					}
					if (compressible(getContentType()) || this.gzipTagAsked) {
						addVary(response);
					}
				}
				if (this.held.size() == 0) {
					// No body (a 204, a 304, an error sent by the container).
					if (this.contentLength >= 0 && !response.isCommitted()) {
						response.setContentLengthLong(this.contentLength);
					}
					return;
				}
				decide(false);
			}
			if (this.gzip != null) {
				this.gzip.finish();
			}
		}

	}

}
