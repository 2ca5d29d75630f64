package org.backchannel.database;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The pool, watched for a database that stops answering (a frozen host, a partition, a
 * storage stall) while connections are in use. PostgreSQL's driver cannot end a statement
 * that waits on a silent socket before its socket timeout (20 s, longer than the longest
 * statement), and its cancel request needs a new connection to the same silent server;
 * the pool hands out a connection used in the last half second without checking it. So a
 * request that took a connection just as the database froze would hang.
 *
 * <p>
 * Whenever a connection has been in use for {@link #SUSPICIOUS_MS} or more, a probe opens
 * a new connection of its own and runs {@code select 1}. If that gets no answer within
 * {@link #PROBE_MS}, the database is taken for stalled: every connection in use is
 * aborted (its socket closed, so the statement waiting on it fails at once with a
 * connection error, which the pages and the API answer with 503), idle ones are evicted,
 * and until a probe is answered again every request for a connection fails at once. A
 * slow statement on a healthy database is untouched: the probe is answered.
 */
public final class WatchedDataSource extends DelegatingDataSource implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(WatchedDataSource.class);

	/** A connection in use this long makes the watchdog probe the database. */
	static final long SUSPICIOUS_MS = 1000;

	/** A probe not answered within this is a stalled database. */
	static final long PROBE_MS = 2000;

	private static final long TICK_MS = 250;

	private final HikariDataSource pool;

	/** Connections in use: the pool's connection, and when it was handed out. */
	private final Map<Connection, Long> inUse = new ConcurrentHashMap<>();

	private final ExecutorService probes = Executors.newCachedThreadPool((task) -> daemon(task, "database-probe"));

	private final Thread watchdog;

	private volatile boolean stalled;

	private volatile boolean running = true;

	public WatchedDataSource(HikariDataSource pool) {
		super(pool);
		this.pool = pool;
		this.watchdog = daemon(this::watch, "database-watchdog");
		this.watchdog.start();
	}

	/** Whether the database was found not answering and has not answered since. */
	public boolean isStalled() {
		return this.stalled;
	}

	@Override
	public Connection getConnection() throws SQLException {
		refuseWhileStalled();
		return watched(super.getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		refuseWhileStalled();
		return watched(super.getConnection(username, password));
	}

	private void refuseWhileStalled() throws SQLException {
		if (this.stalled) {
			throw new SQLTransientConnectionException("The database is not answering", "08001");
		}
	}

	private Connection watched(Connection connection) {
		this.inUse.put(connection, System.nanoTime());
		InvocationHandler handler = (proxy, method, args) -> invoke(connection, method, args);
		return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
				new Class<?>[] { Connection.class }, handler);
	}

	private Object invoke(Connection connection, Method method, Object[] args) throws Throwable {
		if ("close".equals(method.getName()) && method.getParameterCount() == 0) {
			this.inUse.remove(connection);
		}
		try {
			return method.invoke(connection, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getTargetException();
		}
	}

	private void watch() {
		while (this.running) {
			try {
				Thread.sleep(TICK_MS);
				long now = System.nanoTime();
				boolean suspicious = this.stalled || this.inUse.values()
					.stream()
					.anyMatch((since) -> now - since >= TimeUnit.MILLISECONDS.toNanos(SUSPICIOUS_MS));
				if (!suspicious) {
					continue;
				}
				boolean answering = probe();
				if (answering && this.stalled) {
					this.stalled = false;
					log.info("The database answers again");
				}
				else if (!answering && !this.stalled) {
					this.stalled = true;
					abortConnectionsInUse();
				}
			}
			catch (InterruptedException ex) {
				return;
			}
			catch (RuntimeException ex) {
				log.warn("Database watchdog: {}", ex.toString());
			}
		}
	}

	/** A new connection and {@code select 1}, answered within {@link #PROBE_MS}. */
	private boolean probe() throws InterruptedException {
		Future<Boolean> probe = this.probes.submit(() -> {
			Properties properties = new Properties();
			properties.putAll(this.pool.getDataSourceProperties());
			if (this.pool.getUsername() != null) {
				properties.setProperty("user", this.pool.getUsername());
			}
			if (this.pool.getPassword() != null) {
				properties.setProperty("password", this.pool.getPassword());
			}
			int seconds = (int) Math.max(1, TimeUnit.MILLISECONDS.toSeconds(PROBE_MS));
			properties.setProperty("connectTimeout", Integer.toString(seconds));
			properties.setProperty("loginTimeout", Integer.toString(seconds));
			properties.setProperty("socketTimeout", Integer.toString(seconds));
			try (Connection connection = DriverManager.getConnection(this.pool.getJdbcUrl(), properties);
					Statement statement = connection.createStatement()) {
				return statement.execute("select 1");
			}
		});
		try {
			return probe.get(PROBE_MS, TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			throw ex;
		}
		catch (Exception ex) {
			probe.cancel(true);
			return false;
		}
	}

	private void abortConnectionsInUse() {
		log.warn("The database has not answered for {} ms: aborting {} connection(s) in use, refusing new ones "
				+ "until it answers again", PROBE_MS, this.inUse.size());
		for (Connection connection : this.inUse.keySet()) {
			try {
				connection.abort(this.probes);
			}
			catch (SQLException | RuntimeException ex) {
				log.debug("Aborting a connection: {}", ex.toString());
			}
		}
		if (this.pool.getHikariPoolMXBean() != null) {
			this.pool.getHikariPoolMXBean().softEvictConnections();
		}
	}

	@Override
	public void close() {
		this.running = false;
		this.watchdog.interrupt();
		this.probes.shutdownNow();
		this.pool.close();
	}

	private static Thread daemon(Runnable task, String name) {
		Thread thread = new Thread(task, name);
		thread.setDaemon(true);
		return thread;
	}

}
