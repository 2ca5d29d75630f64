package org.backchannel.watch;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;

import org.backchannel.http.SiteProperties;

import org.springframework.stereotype.Component;

/**
 * The one HTTP client of watched sources, polite and bounded: a User-Agent naming the
 * site, conditional GET, connect and whole-answer timeouts, a size cap (a body declared
 * larger is refused unread, one that grows larger is cut off), at most five redirects,
 * http and https only, and Retry-After read on 429 and 503.
 */
@Component
public class FeedClient {

	static final int MAX_REDIRECTS = 5;

	private final HttpClient client;

	private final WatchProperties properties;

	private final String userAgent;

	FeedClient(WatchProperties properties, SiteProperties site) {
		this.properties = properties;
		this.userAgent = properties.userAgent() + ((site.base() != null) ? " +" + site.base() : "");
		this.client = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(properties.connectTimeout())
			.build();
	}

	/** What one GET came to. */
	public sealed interface Fetch {

	}

	/** A body, with the validators to send next time. */
	public record Body(URI uri, byte[] bytes, @Nullable String contentType, @Nullable String etag,
			@Nullable String lastModified) implements Fetch {

	}

	/** 304: nothing changed since the validators sent. */
	public record NotModified() implements Fetch {

	}

	/** 429 or 503: come back after the time the server asks (null when it names none). */
	public record RetryLater(int status, @Nullable Duration after) implements Fetch {

	}

	/** Anything else: why, in words. */
	public record Failed(String why) implements Fetch {

	}

	/** The body was larger than the cap. */
	static final class TooLarge extends RuntimeException {

		TooLarge(String message) {
			super(message, null, false, false);
		}

	}

	public Fetch get(String address, @Nullable String etag, @Nullable String lastModified, String accept) {
		URI uri;
		try {
			uri = URI.create(address);
		}
		catch (IllegalArgumentException ex) {
			return new Failed("Not a valid address: " + address);
		}
		for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
				return new Failed("Only http and https addresses are read, not " + uri);
			}
			HttpRequest.Builder request = HttpRequest.newBuilder(uri)
				.timeout(this.properties.readTimeout())
				.header("User-Agent", this.userAgent)
				.header("Accept", accept)
				.GET();
			if (hop == 0 && etag != null) {
				request.header("If-None-Match", etag);
			}
			if (hop == 0 && lastModified != null) {
				request.header("If-Modified-Since", lastModified);
			}
			HttpResponse<byte[]> response;
			try {
				response = send(request.build());
			}
			catch (TooLarge ex) {
				return new Failed(ex.getMessage());
			}
			catch (TimeoutException ex) {
				return new Failed(
						"No complete answer within " + this.properties.readTimeout().toSeconds() + " s (timed out)");
			}
			catch (Exception ex) {
				Throwable cause = (ex instanceof ExecutionException && ex.getCause() != null) ? ex.getCause() : ex;
				if (cause instanceof TooLarge) {
					return new Failed(cause.getMessage());
				}
				if (cause instanceof java.net.http.HttpTimeoutException) {
					return new Failed(
							"No answer within " + this.properties.readTimeout().toSeconds() + " s (timed out)");
				}
				return new Failed("Could not read " + uri + ": " + cause.getClass().getSimpleName()
						+ ((cause.getMessage() != null) ? " " + cause.getMessage() : ""));
			}
			int status = response.statusCode();
			HttpHeaders headers = response.headers();
			if (status == 304) {
				return new NotModified();
			}
			if (status >= 300 && status < 400 && status != 304) {
				String location = headers.firstValue("Location").orElse(null);
				if (location == null) {
					return new Failed("HTTP " + status + " without a Location");
				}
				try {
					uri = uri.resolve(location.strip());
				}
				catch (IllegalArgumentException ex) {
					return new Failed("HTTP " + status + " to an invalid address: " + location);
				}
				continue;
			}
			if (status == 429 || status == 503) {
				return new RetryLater(status, retryAfter(headers.firstValue("Retry-After").orElse(null)));
			}
			if (status < 200 || status >= 300) {
				return new Failed("HTTP " + status + " from " + uri);
			}
			return new Body(uri, response.body(), headers.firstValue("Content-Type").orElse(null),
					headers.firstValue("ETag").orElse(null), headers.firstValue("Last-Modified").orElse(null));
		}
		return new Failed("More than " + MAX_REDIRECTS + " redirects (a redirect loop?), last to " + uri);
	}

	private HttpResponse<byte[]> send(HttpRequest request) throws Exception {
		long max = this.properties.maxBody().toBytes();
		CompletableFuture<HttpResponse<byte[]>> answer = this.client.sendAsync(request, (info) -> {
			if (info.statusCode() < 200 || info.statusCode() >= 300) {
				return HttpResponse.BodySubscribers.replacing(new byte[0]);
			}
			long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
			if (declared > max) {
				return refused("The answer declares " + declared + " bytes, more than the cap of " + max
						+ " bytes: refused unread");
			}
			return new Capped(max);
		});
		long limit = this.properties.readTimeout().toMillis() + this.properties.connectTimeout().toMillis();
		try {
			return answer.get(limit, TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			answer.cancel(true);
			throw ex;
		}
	}

	private static BodySubscriber<byte[]> refused(String why) {
		return new BodySubscriber<>() {

			private final CompletableFuture<byte[]> body = CompletableFuture.failedFuture(new TooLarge(why));

			@Override
			public java.util.concurrent.CompletionStage<byte[]> getBody() {
				return this.body;
			}

			@Override
			public void onSubscribe(Flow.Subscription subscription) {
				subscription.cancel();
			}

			@Override
			public void onNext(List<ByteBuffer> item) {
			}

			@Override
			public void onError(Throwable throwable) {
			}

			@Override
			public void onComplete() {
			}

		};
	}

	/** Collects a body up to the cap and cancels the rest. */
	private static final class Capped implements BodySubscriber<byte[]> {

		private final long max;

		private final ByteArrayOutputStream out = new ByteArrayOutputStream();

		private final CompletableFuture<byte[]> body = new CompletableFuture<>();

		private Flow.@Nullable Subscription subscription;

		Capped(long max) {
			this.max = max;
		}

		@Override
		public java.util.concurrent.CompletionStage<byte[]> getBody() {
			return this.body;
		}

		@Override
		public void onSubscribe(Flow.Subscription subscription) {
			this.subscription = subscription;
			subscription.request(1);
		}

		@Override
		public void onNext(List<ByteBuffer> items) {
			if (this.body.isDone()) {
				return;
			}
			for (ByteBuffer buffer : items) {
				if (this.out.size() + (long) buffer.remaining() > this.max) {
					this.subscription.cancel();
					this.body.completeExceptionally(
							new TooLarge("The answer grew past the cap of " + this.max + " bytes: cut off"));
					return;
				}
				byte[] bytes = new byte[buffer.remaining()];
				buffer.get(bytes);
				this.out.writeBytes(bytes);
			}
			this.subscription.request(1);
		}

		@Override
		public void onError(Throwable throwable) {
			this.body.completeExceptionally(throwable);
		}

		@Override
		public void onComplete() {
			this.body.complete(this.out.toByteArray());
		}

	}

	/** Retry-After in seconds or as an HTTP date; null when absent or unreadable. */
	static @Nullable Duration retryAfter(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String v = value.strip();
		if (v.matches("\\d{1,9}")) {
			return Duration.ofSeconds(Long.parseLong(v));
		}
		try {
			Duration d = Duration.between(Instant.now(),
					ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
			return d.isNegative() ? Duration.ZERO : d;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
