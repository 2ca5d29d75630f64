package org.backchannel.event.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.support.JdbcUtils;

/**
 * A group of an event's fields read from the columns named after its record components
 * ({@code dateNote} from {@code date_note}): a component added to the record, with its
 * column added to the table, is read without a change here or in the reader's SQL.
 *
 * @param <T> the record
 */
final class RecordColumns<T extends Record> {

	private final String select;

	private final DataClassRowMapper<T> mapper;

	RecordColumns(Class<T> type, String alias) {
		this.select = Arrays.stream(type.getRecordComponents())
			.map((component) -> alias + "." + JdbcUtils.convertPropertyNameToUnderscoreName(component.getName()))
			.collect(Collectors.joining(", "));
		this.mapper = new DataClassRowMapper<>(type);
	}

	/** The columns, for a select list: {@code e.place, e.country}. */
	String select() {
		return this.select;
	}

	T read(ResultSet rs) throws SQLException {
		return this.mapper.mapRow(rs, rs.getRow());
	}

}
