package org.backchannel.event;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.backchannel.model.DatePrecision;
import org.backchannel.model.PartialDate;
import org.backchannel.model.ReadTransaction;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The editors' list of events, drafts and deleted ones included: most recently changed
 * first, a page at a time (keyset on updated_at and id, along V1's event_updated_idx, so
 * the thousandth page costs what the first does), searchable by title or slug and
 * filtered by status.
 */
@Service
@ReadTransaction
public class AdminEventSearch {

	public static final int PAGE_SIZE = 50;

	private final JdbcClient jdbc;

	AdminEventSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One page of the list and the cursor of the next (null on the last).
	 */
	public record Page(List<AdminEventRow> rows, @Nullable String nextCursor) {

	}

	/**
	 * @param q words of the title or slug, or null for every event
	 * @param status only events in this status, or null for all
	 * @param cursor a previous page's nextCursor, or null (an unreadable one is the first
	 * page)
	 */
	public Page find(@Nullable String q, @Nullable EventStatus status, @Nullable String cursor, int limit) {
		StringBuilder sql = new StringBuilder(
				"select id, slug, title, type, date_value, date_precision, status, updated_at from event where true");
		List<Object> params = new ArrayList<>();
		if (status != null) {
			sql.append(" and status = ?");
			params.add(status.name());
		}
		if (q != null && !q.isBlank()) {
			String pattern = "%"
					+ q.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
					+ "%";
			sql.append(" and (lower(title) like ? or slug like ?)");
			params.add(pattern);
			params.add(pattern);
		}
		long[] after = parse(cursor);
		if (after != null) {
			sql.append(" and (updated_at, id) < (?, ?)");
			params.add(Timestamp.from(Instant.ofEpochMilli(after[0])));
			params.add(after[1]);
		}
		sql.append(" order by updated_at desc, id desc limit ?");
		params.add(limit + 1);
		List<long[]> keys = new ArrayList<>();
		List<AdminEventRow> rows = this.jdbc.sql(sql.toString()).params(params).query((rs, row) -> {
			Instant updated = rs.getTimestamp("updated_at").toInstant();
			keys.add(new long[] { updated.toEpochMilli(), rs.getLong("id") });
			return new AdminEventRow(rs.getString("slug"), rs.getString("title"),
					EventType.valueOf(rs.getString("type")),
					new PartialDate((rs.getDate("date_value") != null) ? rs.getDate("date_value").toLocalDate() : null,
							DatePrecision.valueOf(rs.getString("date_precision"))),
					EventStatus.valueOf(rs.getString("status")), updated);
		}).list();
		if (rows.size() <= limit) {
			return new Page(rows, null);
		}
		long[] last = keys.get(limit - 1);
		return new Page(rows.subList(0, limit), last[0] + "-" + last[1]);
	}

	private static long @Nullable [] parse(@Nullable String cursor) {
		if (cursor == null || !cursor.matches("\\d{1,18}-\\d{1,18}")) {
			return null;
		}
		String[] parts = cursor.split("-");
		return new long[] { Long.parseLong(parts[0]), Long.parseLong(parts[1]) };
	}

}
