package org.backchannel.caching;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A number every write to what the reader pages and the API show moves on, in the writing
 * transaction itself (statement triggers of migrations V4 and V7). Whatever was read
 * under one version can be served again until it changes.
 * <p>
 * A GET or HEAD request reads it once, when it first asks, and keeps it for the rest of
 * the request: everything the request reads is read after that moment, so it is at least
 * as new as the version it is kept under. A request that may write reads it afresh every
 * time, so what it reads after its own write is never taken for what was there before.
 */
@Component
public class DataVersion {

	private static final String ATTRIBUTE = DataVersion.class.getName();

	private final JdbcClient jdbc;

	DataVersion(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The version, read once per safe request (see above). */
	public long current() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return current(attributes.getRequest());
		}
		return read();
	}

	/** The version, kept on this request if it is a GET or HEAD. */
	public long current(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
			return read();
		}
		if (request.getAttribute(ATTRIBUTE) instanceof Long version) {
			return version;
		}
		long version = read();
		request.setAttribute(ATTRIBUTE, version);
		return version;
	}

	private long read() {
		return this.jdbc.sql("select version from event_data_version").query(Long.class).single();
	}

}
