package org.backchannel.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts of editors and admins, stored in PostgreSQL, and their login throttling: a
 * user is locked for {@link #LOCK_DURATION} after {@link #MAX_FAILURES} consecutive
 * failed sign-ins.
 */
@Service
public class UserAccountService implements UserDetailsService {

	public static final int MAX_FAILURES = 5;

	static final Duration LOCK_DURATION = Duration.ofMinutes(15);

	private final JdbcClient jdbc;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	UserAccountService(JdbcClient jdbc, PasswordEncoder passwordEncoder, Optional<Clock> clock) {
		this.jdbc = jdbc;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return this.jdbc.sql(
				"select username, password, role, enabled, locked_until from app_user where lower(username) = lower(:u)")
			.param("u", username)
			.query((rs, row) -> {
				Timestamp lockedUntil = rs.getTimestamp("locked_until");
				boolean locked = lockedUntil != null && lockedUntil.toInstant().isAfter(this.clock.instant());
				return User.withUsername(rs.getString("username"))
					.password(rs.getString("password"))
					.authorities(authorities(Role.valueOf(rs.getString("role"))))
					.disabled(!rs.getBoolean("enabled"))
					.accountLocked(locked)
					.build();
			})
			.optional()
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}

	/**
	 * An admin holds both roles, so "needs EDITOR" rules admit admins too.
	 */
	static List<GrantedAuthority> authorities(Role role) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority("ROLE_" + Role.EDITOR.name()));
		if (role == Role.ADMIN) {
			authorities.add(new SimpleGrantedAuthority("ROLE_" + Role.ADMIN.name()));
		}
		return authorities;
	}

	@Transactional
	public void createUser(String username, String rawPassword, Role role) {
		this.jdbc.sql("insert into app_user (username, password, role) values (:u, :p, :r)")
			.param("u", username)
			.param("p", this.passwordEncoder.encode(rawPassword))
			.param("r", role.name())
			.update();
	}

	@Transactional(readOnly = true)
	public boolean exists(String username) {
		return this.jdbc.sql("select count(*) from app_user where lower(username) = lower(:u)")
			.param("u", username)
			.query(Long.class)
			.single() > 0;
	}

	@Transactional(readOnly = true)
	public long count() {
		return this.jdbc.sql("select count(*) from app_user").query(Long.class).single();
	}

	@Transactional(readOnly = true)
	public List<UserSummary> findAll() {
		return this.jdbc.sql(
				"select username, role, enabled, failed_attempts, locked_until, created_at from app_user order by lower(username)")
			.query((rs, row) -> new UserSummary(rs.getString("username"), Role.valueOf(rs.getString("role")),
					rs.getBoolean("enabled"), rs.getInt("failed_attempts"),
					(rs.getTimestamp("locked_until") != null) ? rs.getTimestamp("locked_until").toInstant() : null,
					rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	/**
	 * Counts a failed sign-in; the {@value #MAX_FAILURES}th in a row locks the account.
	 * One statement, so concurrent failures cannot both slip under the limit.
	 */
	@Transactional
	public void recordFailure(String username) {
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				update app_user set
				    failed_attempts = case when failed_attempts + 1 >= :max then 0 else failed_attempts + 1 end,
				    locked_until = case when failed_attempts + 1 >= :max then :lockEnd else locked_until end
				where lower(username) = lower(:u)
				""")
			.param("max", MAX_FAILURES)
			.param("lockEnd", Timestamp.from(now.plus(LOCK_DURATION)))
			.param("u", username)
			.update();
	}

	@Transactional
	public void recordSuccess(String username) {
		this.jdbc
			.sql("update app_user set failed_attempts = 0, locked_until = null"
					+ " where lower(username) = lower(:u) and (failed_attempts <> 0 or locked_until is not null)")
			.param("u", username)
			.update();
	}

	@Transactional
	public void unlock(String username) {
		recordSuccess(username);
	}

}
