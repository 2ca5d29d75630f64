package org.backchannel.database;

import java.sql.SQLException;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * A start that fails because the configured PostgreSQL refused the sign-in (a wrong or
 * unset password, an unknown user) or could not be reached is explained in one paragraph
 * naming the setting to change, instead of a stack trace (registered in
 * META-INF/spring.factories).
 */
class DatabaseSignInFailureAnalyzer implements FailureAnalyzer {

	/** PostgreSQL's invalid_password. */
	private static final String INVALID_PASSWORD = "28P01";

	/**
	 * PostgreSQL's invalid_authorization_specification (no such user, pg_hba refusal).
	 */
	private static final String INVALID_AUTHORIZATION = "28000";

	/** The driver's "connection attempt failed" (refused, unknown host). */
	private static final String UNABLE_TO_CONNECT = "08001";

	private final Environment environment;

	DatabaseSignInFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql) {
				FailureAnalysis analysis = analyze(sql, failure);
				if (analysis != null) {
					return analysis;
				}
			}
		}
		return null;
	}

	private FailureAnalysis analyze(SQLException ex, Throwable failure) {
		String state = String.valueOf(ex.getSQLState());
		String message = String.valueOf(ex.getMessage());
		String url = this.environment.getProperty("spring.datasource.url", "the embedded database");
		String user = this.environment.getProperty("spring.datasource.username", "");
		String userNamed = user.isBlank() ? "no user name" : "the user '" + user + "'";
		boolean passwordSet = !this.environment.getProperty("spring.datasource.password", "").isEmpty();
		if (INVALID_PASSWORD.equals(state) || message.contains("no password was provided")) {
			return new FailureAnalysis(
					"Backchannel could not sign in to its database at " + url + " as " + userNamed + ": the server "
							+ (passwordSet ? "refused the password" : "asked for a password and none is set") + " ("
							+ message + ").",
					"Set SPRING_DATASOURCE_PASSWORD (spring.datasource.password) to the password of " + userNamed
							+ " on that server, or unset SPRING_DATASOURCE_URL to run on the embedded database.",
					failure);
		}
		if (INVALID_AUTHORIZATION.equals(state)) {
			return new FailureAnalysis(
					"Backchannel could not sign in to its database at " + url + " as " + userNamed
							+ ": the server refused the sign-in (" + message + ").",
					"Set SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD (spring.datasource.username,"
							+ " spring.datasource.password) to an account the server lets in from this machine,"
							+ " or unset SPRING_DATASOURCE_URL to run on the embedded database.",
					failure);
		}
		if (UNABLE_TO_CONNECT.equals(state)) {
			return new FailureAnalysis("Backchannel could not reach its database at " + url + " (" + message + ").",
					"Start that PostgreSQL server or set SPRING_DATASOURCE_URL (spring.datasource.url) to one that"
							+ " runs, or unset SPRING_DATASOURCE_URL to run on the embedded database.",
					failure);
		}
		return null;
	}

}
