package org.backchannel.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Keeps the text of every SQL statement the app sends, so a test can ask PostgreSQL for
 * the plan of what a service really runs ({@link #genericPlan}). Import it into a test
 * context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CapturedStatements {

	private static final List<String> statements = new CopyOnWriteArrayList<>();

	public static void reset() {
		statements.clear();
	}

	/** The statements sent since the last {@link #reset()}, in order. */
	public static List<String> statements() {
		return List.copyOf(statements);
	}

	/**
	 * PostgreSQL's generic plan of a captured statement: the plan it uses whatever the
	 * parameters' values. The statement is prepared on the server with each JDBC
	 * placeholder outside a string literal as {@code $1}, {@code $2}, ... and explained
	 * with every parameter null under {@code plan_cache_mode = force_generic_plan}.
	 */
	public static String genericPlan(DataSource dataSource, String sql) {
		StringBuilder prepared = new StringBuilder();
		boolean literal = false;
		int parameters = 0;
		for (char c : sql.toCharArray()) {
			if (c == '\'') {
				literal = !literal;
			}
			if (c == '?' && !literal) {
				prepared.append('$').append(++parameters);
			}
			else {
				prepared.append(c);
			}
		}
		String nulls = String.join(", ", Collections.nCopies(parameters, "null"));
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("set plan_cache_mode = force_generic_plan");
			statement.execute("prepare captured_plan as " + prepared);
			List<String> plan = new ArrayList<>();
			try (ResultSet rows = statement
				.executeQuery("explain execute captured_plan" + ((parameters > 0) ? "(" + nulls + ")" : ""))) {
				while (rows.next()) {
					plan.add(rows.getString(1));
				}
			}
			statement.execute("deallocate captured_plan");
			statement.execute("reset plan_cache_mode");
			return String.join("\n", plan);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("No plan for " + sql, ex);
		}
	}

	@Bean
	public static BeanPostProcessor capturingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
					return ProxyDataSourceBuilder.create(dataSource)
						.name("captured")
						.afterQuery(
								(execution, queries) -> queries.forEach((query) -> statements.add(query.getQuery())))
						.build();
				}
				return bean;
			}
		};
	}

}
