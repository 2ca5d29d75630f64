package org.backchannel.benchmark;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.backchannel.database.BulkConnections;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * One open COPY per table, each on its own connection, fed row by row as CSV; the rows
 * are committed together when all tables are closed.
 */
final class CopyTables implements AutoCloseable {

	private static final Map<String, String> COLUMNS = new LinkedHashMap<>();

	static {
		COLUMNS.put("actor", "id, slug, name, kind, country, description");
		COLUMNS.put("actor_alias", "actor_id, name, language");
		COLUMNS.put("actor_role", "actor_id, title, organization, start_date, end_date, source_id");
		COLUMNS.put("source", "id, outlet, title, url, language, published_on, published_precision, agencies");
		COLUMNS.put("proposal", "id, slug, title, summary, proposer_actor_id, date_value, date_precision");
		COLUMNS.put("proposal_position", "proposal_id, actor_id, stance, date_value, date_precision, note, source_id");
		COLUMNS.put("event",
				"id, slug, title, type, channel, contact_status, date_value, date_precision, place, initiator_side,"
						+ " summary");
		COLUMNS.put("event_participant", "event_id, actor_id, role, sort_key, published");
		COLUMNS.put("event_source", "event_id, source_id");
		COLUMNS.put("readout", "event_id, side, issuer_actor_id, summary, key_quotes, source_id");
		COLUMNS.put("quote", "event_id, speaker_actor_id, text, context, source_id");
		COLUMNS.put("claim", "event_id, text, status, disputed_by_actor_id, source_id");
		COLUMNS.put("event_proposal", "event_id, proposal_id, sort_key, published");
	}

	private final List<Connection> connections = new ArrayList<>();

	private final Map<String, CopyIn> copies = new LinkedHashMap<>();

	private final Map<String, StringBuilder> buffers = new LinkedHashMap<>();

	CopyTables(BulkConnections bulk) throws SQLException {
		// Connections of their own, outside the pool: one per table is more than it
		// holds.
		for (Map.Entry<String, String> table : COLUMNS.entrySet()) {
			Connection connection = bulk.open();
			this.connections.add(connection);
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				// Replica mode switches off the search triggers (which would
				// recompute an event
				// per child row; one pass at the end does it instead) and the
				// foreign-key checks,
				// which could not see the rows the other connections are still
				// writing. The
				// generator's ids are consistent by construction.
				statement.execute("set session_replication_role = replica");
			}
			this.copies.put(table.getKey(),
					connection.unwrap(PGConnection.class)
						.getCopyAPI()
						.copyIn("copy " + table.getKey() + " (" + table.getValue() + ") from stdin with (format csv)"));
			this.buffers.put(table.getKey(), new StringBuilder());
		}
	}

	/**
	 * Appends a row; the first value is the id column when the table has one in COLUMNS,
	 * and is skipped (null) for tables whose ids the database assigns.
	 */
	void row(String table, Object id, Object... values) throws SQLException {
		StringBuilder line = this.buffers.get(table);
		boolean first = true;
		if (id != null) {
			line.append(id);
			first = false;
		}
		for (Object value : values) {
			if (!first) {
				line.append(',');
			}
			first = false;
			if (value != null) {
				line.append('"').append(value.toString().replace("\"", "\"\"")).append('"');
			}
		}
		line.append('\n');
		if (line.length() > 1 << 16) {
			flush(table);
		}
	}

	private void flush(String table) throws SQLException {
		byte[] bytes = this.buffers.get(table).toString().getBytes(StandardCharsets.UTF_8);
		this.copies.get(table).writeToCopy(bytes, 0, bytes.length);
		this.buffers.get(table).setLength(0);
	}

	@Override
	public void close() throws SQLException {
		for (String table : this.copies.keySet()) {
			flush(table);
			this.copies.get(table).endCopy();
		}
		for (Connection connection : this.connections) {
			connection.commit();
			connection.close();
		}
	}

}
