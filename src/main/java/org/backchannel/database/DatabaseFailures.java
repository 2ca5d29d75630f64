package org.backchannel.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionTimedOutException;

/**
 * Tells a database that is out of reach from a bad query or a violated constraint, for
 * the error advices of the pages and of the API (each makes its own: web slices have no
 * database, and then nothing is probed).
 */
public class DatabaseFailures {

	/** Seconds a client should wait before trying again. */
	public static final String RETRY_AFTER = "10";

	private final ObjectProvider<DataSource> dataSource;

	public DatabaseFailures(ObjectProvider<DataSource> dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * Whether this failure means the database is away: its cause says so, or (when it
	 * does not name its cause clearly, such as a rollback failing on a connection the
	 * server already dropped) the pool cannot reach the database now.
	 */
	public boolean isOutage(Throwable ex) {
		return causedByOutage(ex) || !isDatabaseReachable();
	}

	private boolean isDatabaseReachable() {
		DataSource database = this.dataSource.getIfAvailable();
		if (database == null) {
			return true; // a web slice test without a database: nothing to probe
		}
		try (Connection connection = database.getConnection()) {
			return connection.isValid(1);
		}
		catch (SQLException ex) {
			return false;
		}
	}

	/**
	 * Whether the failure is the database being out of reach, as opposed to a bad query
	 * or a violated constraint.
	 */
	public static boolean causedByOutage(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof TransientDataAccessResourceException
					|| cause instanceof RecoverableDataAccessException || cause instanceof QueryTimeoutException
					|| cause instanceof SQLTransientConnectionException
					// a read past its deadline: the same 503 as a statement timeout
					|| cause instanceof TransactionTimedOutException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null && (sql.getSQLState().startsWith("08")
					|| sql.getSQLState().startsWith("57P") || sql.getSQLState().startsWith("53"))) {
				// connection exception, the server shutting down, or out of a resource
				// (class 53: disk full, out of memory, too many connections, a limit)
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

}
