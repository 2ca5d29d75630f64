package org.backchannel.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How request bodies are received, so that no client can hold the server's threads by
 * sending a body slowly.
 * <ul>
 * <li>A body is read only once Spring Security knows who sends it
 * ({@link #filter(Predicate)} sits in each security filter chain): a request that is not
 * signed in never has its body read, except the sign-in form itself. Nothing before
 * security reads a body ({@link NulCharacterFilter} is lazy, multipart is refused
 * unread).</li>
 * <li>A body that is read is read whole, at once, within {@code deadline} (408 after it),
 * within the size limit (413), by at most {@code maxPerClient} requests of one client
 * (429) and {@code maxConcurrent} in all (503) at a time: slow bodies can hold at most
 * that many of Tomcat's threads, each for at most the deadline plus one read
 * timeout.</li>
 * <li>A body left unread (refused, or never needed) is not drained by Tomcat: the
 * connection is closed instead ({@link UnreadBodyValve}).</li>
 * </ul>
 */
@Component
@EnableConfigurationProperties(RequestSizeProperties.class)
public class RequestBodies {

	private final long maxBytes;

	private final RequestSizeProperties.RequestBody settings;

	private final RateLimits limits;

	private final Semaphore all;

	private final ConcurrentHashMap<String, AtomicInteger> perClient = new ConcurrentHashMap<>();

	private final Refusals refusals;

	RequestBodies(RequestSizeProperties properties, Refusals refusals, RateLimits limits) {
		this.maxBytes = properties.maxRequestSize().toBytes();
		this.settings = properties.requestBody();
		this.refusals = refusals;
		this.limits = limits;
		this.all = new Semaphore(this.settings.maxConcurrent());
	}

	static String tooLargeDetail(long maxBytes) {
		return "The request body is larger than the " + maxBytes + " bytes Backchannel accepts.";
	}

	/**
	 * A filter for a security filter chain: it reads the body of a request that
	 * {@code mayRead} accepts (a signed-in user's, or the sign-in form's), and hides the
	 * body of any other from everything after it (no parameter of it, an empty stream).
	 * @param mayRead whether this request's body may be read
	 * @return the filter
	 */
	public OncePerRequestFilter filter(Predicate<HttpServletRequest> mayRead) {
		return new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				if (!hasBody(request)) {
					chain.doFilter(request, response);
				}
				else if (mayRead.test(request)) {
					receive(request, response, chain);
				}
				else {
					chain.doFilter(ReceivedBody.unread(request), response);
				}
			}

		};
	}

	private void receive(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String client = this.limits.clientAddress(request);
		AtomicInteger mine = this.perClient.computeIfAbsent(client, (key) -> new AtomicInteger());
		if (mine.incrementAndGet() > this.settings.maxPerClient()) {
			release(client, mine);
			response.setHeader(HttpHeaders.RETRY_AFTER, "1");
			refuse(request, response, HttpStatus.TOO_MANY_REQUESTS,
					"Too many request bodies from this client are still arriving; send one at a time.");
			return;
		}
		byte[] body;
		try {
			if (!this.all.tryAcquire()) {
				response.setHeader(HttpHeaders.RETRY_AFTER, "1");
				refuse(request, response, HttpStatus.SERVICE_UNAVAILABLE,
						"Too many request bodies are arriving at once; try again in a moment.");
				return;
			}
			try {
				body = readWhole(request.getInputStream());
			}
			finally {
				this.all.release();
			}
		}
		catch (TooLarge ex) {
			refuse(request, response, HttpStatus.CONTENT_TOO_LARGE, tooLargeDetail(this.maxBytes));
			return;
		}
		catch (IOException ex) {
			// Too slow: past the deadline, or no bytes within Tomcat's read timeout (or
			// the
			// client went away, and nobody reads the answer).
			refuse(request, response, HttpStatus.REQUEST_TIMEOUT,
					"The request body did not arrive within " + this.settings.deadline().toSeconds() + " seconds.");
			return;
		}
		finally {
			release(client, mine);
		}
		chain.doFilter(ReceivedBody.of(request, body), response);
	}

	private void release(String client, AtomicInteger count) {
		if (count.decrementAndGet() <= 0) {
			this.perClient.remove(client, count);
		}
	}

	/** The whole body, at most one byte past the limit, within the deadline. */
	private byte[] readWhole(InputStream in) throws IOException {
		long deadline = System.nanoTime() + this.settings.deadline().toNanos();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		int read;
		while ((read = in.read(buffer)) >= 0) {
			out.write(buffer, 0, read);
			if (out.size() > this.maxBytes) {
				throw new TooLarge();
			}
			if (System.nanoTime() - deadline > 0) {
				throw new TooSlow();
			}
		}
		return out.toByteArray();
	}

	/**
	 * Answers a request whose body is refused, and closes the connection after the answer
	 * (the rest of the body is never read).
	 * @param request the request
	 * @param response its response
	 * @param status the status
	 * @param detail what went wrong, in words
	 * @throws IOException if the answer cannot be written
	 */
	private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
			throws IOException {
		refuse(this.refusals, request, response, status, detail);
	}

	static void refuse(Refusals refusals, HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			String detail) throws IOException {
		response.setHeader(HttpHeaders.CONNECTION, "close");
		if (ApiPaths.isApi(request.getRequestURI().substring(request.getContextPath().length()))) {
			String reason = status.getReasonPhrase();
			String title = reason.charAt(0) + reason.substring(1).toLowerCase(Locale.ROOT);
			refusals.answer(request, response, new RefusedRequest(status, null, title, detail));
		}
		else {
			response.setStatus(status.value());
			response.setContentType(MediaType.TEXT_PLAIN_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter().write(detail);
		}
	}

	/**
	 * Whether a request carries a body: a length over zero, or a transfer coding.
	 * @param request the request
	 * @return whether it has a body
	 */
	public static boolean hasBody(HttpServletRequest request) {
		String coding = request.getHeader(HttpHeaders.TRANSFER_ENCODING);
		return request.getContentLengthLong() > 0
				|| (coding != null && !coding.isBlank() && !coding.strip().toLowerCase(Locale.ROOT).equals("identity"));
	}

	private static final class TooLarge extends IOException {

		TooLarge() {
			super("too large", null);
		}

	}

	private static final class TooSlow extends IOException {

		TooSlow() {
			super("too slow", null);
		}

	}

}
