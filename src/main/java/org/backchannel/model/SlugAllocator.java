package org.backchannel.model;

import java.util.HashSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Chooses the slug of a new event, actor or proposal: the one asked for, which must be
 * free, or a generated one, numbered (-2, -3) when taken. A transaction-scoped advisory
 * lock on the slug makes concurrent creators of the same name wait for each other, so
 * each gets its own slug instead of a constraint violation.
 */
@Component
public class SlugAllocator {

	/** The tables that have slugs; the name is never taken from input. */
	public enum Table {

		EVENT("event"), ACTOR("actor"), PROPOSAL("proposal");

		private final String name;

		Table(String name) {
			this.name = name;
		}

	}

	private final JdbcClient jdbc;

	SlugAllocator(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public String claim(Table table, String asked, String generated) {
		String base = (asked != null) ? asked : generated;
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext(:key))")
			.param("key", table.name + "-slug:" + base)
			.query()
			.listOfRows();
		Set<String> taken = new HashSet<>(
				this.jdbc.sql("select slug from " + table.name + " where slug = :base or slug like :numbered")
					.param("base", base)
					.param("numbered", base + "-%")
					.query(String.class)
					.list());
		if (asked != null) {
			if (taken.contains(base)) {
				throw InvalidInputException.of("slug", "is already used; choose another.");
			}
			return base;
		}
		String slug = base;
		for (int n = 2; taken.contains(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

}
