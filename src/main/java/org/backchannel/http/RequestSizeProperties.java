package org.backchannel.http;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The largest request body taken, chunked or not ({@link RequestSizeLimitFilter}).
 *
 * @param maxRequestSize larger request bodies are refused with 413
 */
@ConfigurationProperties("backchannel")
public record RequestSizeProperties(@DefaultValue("1MB") DataSize maxRequestSize) {
}
