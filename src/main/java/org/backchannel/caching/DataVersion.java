package org.backchannel.caching;

import java.sql.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A number every write to what the reader pages and the API show moves on, in the writing
 * transaction itself (statement triggers of migrations V4, V7 and V33). Whatever was read
 * under one version can be served again until a write touches what it shows.
 * <p>
 * A GET or HEAD request reads it once, when it first asks, and keeps it for the rest of
 * the request: everything the request reads is read after that moment, so it is at least
 * as new as the version it is kept under. A request that may write reads it afresh every
 * time, so what it reads after its own write is never taken for what was there before.
 * <p>
 * The same statement reads the change log since the version this instance saw last
 * (migration V33: each move of the version names the {@link CacheTags} it touched), so
 * the caches know which of their results a write made stale ({@link Generations}) before
 * anything is read under the new version.
 */
@Component
public class DataVersion {

	private static final String ATTRIBUTE = DataVersion.class.getName();

	private static final String READ = """
			select v.version, c.version as changed, c.tags from event_data_version v
			left join cache_change c on c.version > :seen and c.version <= v.version
			order by c.version""";

	private final JdbcClient jdbc;

	private final Generations generations;

	DataVersion(JdbcClient jdbc, Generations generations) {
		this.jdbc = jdbc;
		this.generations = generations;
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
		long seen = this.generations.seen();
		List<Generations.Change> changes = new ArrayList<>();
		long[] version = { Long.MIN_VALUE };
		// Nothing seen yet: no log is read, and the first version counts as a change of
		// everything (no cache holds anything yet).
		this.jdbc.sql(READ).param("seen", (seen != Long.MIN_VALUE) ? seen : Long.MAX_VALUE).query((rs) -> {
			version[0] = rs.getLong("version");
			Array tags = rs.getArray("tags");
			if (tags != null) {
				changes.add(new Generations.Change(rs.getLong("changed"), Arrays.asList((String[]) tags.getArray())));
			}
		});
		this.generations.apply(seen, version[0], changes);
		return version[0];
	}

}
