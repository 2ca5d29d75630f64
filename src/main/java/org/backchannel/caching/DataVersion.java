package org.backchannel.caching;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A number every write to what the reader pages and the API show moves on, in the writing
 * transaction itself (statement triggers of migrations V4 and V7). Whatever was read
 * under one version can be served again until it changes.
 */
@Component
public class DataVersion {

	private final JdbcClient jdbc;

	DataVersion(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long current() {
		return this.jdbc.sql("select version from event_data_version").query(Long.class).single();
	}

}
