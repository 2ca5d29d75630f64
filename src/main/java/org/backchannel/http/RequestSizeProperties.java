package org.backchannel.http;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The largest request body taken, chunked or not, and how a body is received
 * ({@link RequestSizeLimitFilter}, {@link RequestBodies}).
 *
 * @param maxRequestSize larger request bodies are refused with 413
 * @param requestBody how bodies are received
 */
@ConfigurationProperties("backchannel")
public record RequestSizeProperties(@DefaultValue("1MB") DataSize maxRequestSize,
		@DefaultValue RequestBody requestBody) {

	/**
	 * How a request body is received ({@code backchannel.request-body.*}).
	 *
	 * @param deadline the longest a whole body may take to arrive (then 408)
	 * @param readTimeout the longest Tomcat waits for the next bytes of a body
	 * @param maxConcurrent bodies being received at once, from all clients (then 503)
	 * @param maxPerClient bodies being received at once from one client (then 429)
	 */
	public record RequestBody(@DefaultValue("10s") Duration deadline, @DefaultValue("5s") Duration readTimeout,
			@DefaultValue("16") int maxConcurrent, @DefaultValue("4") int maxPerClient) {
	}

}
