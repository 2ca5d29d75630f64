package org.backchannel.account;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * The accounts of editors and admins, stored in PostgreSQL, and the record of every
 * change an admin makes to them (table {@code account_change}). Sign-in itself is checked
 * by {@link ThrottledAuthenticationProvider}.
 */
@Service
public class UserAccountService implements UserDetailsService {

	private static final Logger log = LoggerFactory.getLogger(UserAccountService.class);

	private final JdbcClient jdbc;

	private final PasswordEncoder passwordEncoder;

	UserAccountService(JdbcClient jdbc, PasswordEncoder passwordEncoder) {
		this.jdbc = jdbc;
		this.passwordEncoder = passwordEncoder;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return findForSignIn(username).map(Account::toUserDetails)
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}

	/**
	 * The account with this name (in any case), with its password hash.
	 */
	@Transactional(readOnly = true)
	public Optional<Account> findForSignIn(String username) {
		return this.jdbc.sql("select username, password, role, enabled from app_user where lower(username) = lower(:u)")
			.param("u", username)
			.query((rs, row) -> new Account(rs.getString("username"), rs.getString("password"),
					Role.valueOf(rs.getString("role")), rs.getBoolean("enabled")))
			.optional();
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

	/**
	 * Creates an account (the password is checked by the caller against
	 * {@link PasswordPolicy}).
	 */
	@Transactional
	public void createUser(String username, String rawPassword, Role role) {
		this.jdbc.sql("insert into app_user (username, password, role) values (:u, :p, :r)")
			.param("u", username)
			.param("p", this.passwordEncoder.encode(rawPassword))
			.param("r", role.name())
			.update();
	}

	/**
	 * Creates an account on an admin's behalf, and records it.
	 */
	@Transactional
	public void createUser(String username, String rawPassword, Role role, String admin) {
		createUser(username, rawPassword, role);
		record(username, AccountAction.CREATE, admin);
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
		return this.jdbc.sql("select username, role, enabled, created_at from app_user order by lower(username)")
			.query((rs, row) -> new UserSummary(rs.getString("username"), Role.valueOf(rs.getString("role")),
					rs.getBoolean("enabled"), rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	/**
	 * Enables or disables an account. An admin cannot disable their own account, nor the
	 * last enabled admin: the enabled admins are locked first, so two admins disabling
	 * each other at the same moment cannot both succeed. A disabled account's sessions
	 * end.
	 */
	@Transactional
	public AccountChangeResult setEnabled(String username, boolean enabled, String admin) {
		Optional<Account> account = findForSignIn(username);
		if (account.isEmpty()) {
			return AccountChangeResult.NOT_FOUND;
		}
		String name = account.get().username();
		if (!enabled) {
			if (name.equalsIgnoreCase(admin)) {
				return AccountChangeResult.SELF;
			}
			List<String> enabledAdmins = this.jdbc
				.sql("select username from app_user where role = 'ADMIN' and enabled order by id for update")
				.query(String.class)
				.list();
			if (enabledAdmins.contains(name) && enabledAdmins.size() <= 1) {
				return AccountChangeResult.LAST_ADMIN;
			}
		}
		int changed = this.jdbc.sql("update app_user set enabled = :e where username = :u and enabled <> :e")
			.param("e", enabled)
			.param("u", name)
			.update();
		if (changed > 0) {
			record(name, enabled ? AccountAction.ENABLE : AccountAction.DISABLE, admin);
			if (!enabled) {
				endSessions(name, null);
			}
		}
		return AccountChangeResult.DONE;
	}

	/**
	 * Sets a new password (checked by the caller against {@link PasswordPolicy}) and ends
	 * the account's other sessions.
	 */
	@Transactional
	public AccountChangeResult resetPassword(String username, String rawPassword, String admin, String keepSessionId) {
		Optional<Account> account = findForSignIn(username);
		if (account.isEmpty()) {
			return AccountChangeResult.NOT_FOUND;
		}
		String name = account.get().username();
		this.jdbc.sql("update app_user set password = :p where username = :u")
			.param("p", this.passwordEncoder.encode(rawPassword))
			.param("u", name)
			.update();
		record(name, AccountAction.RESET_PASSWORD, admin);
		endSessions(name, keepSessionId);
		return AccountChangeResult.DONE;
	}

	/**
	 * Records that an admin cleared an account's sign-in throttling.
	 */
	@Transactional
	public void recordUnlock(String username, String admin) {
		record(username, AccountAction.UNLOCK, admin);
	}

	/**
	 * The latest changes to accounts, newest first.
	 */
	@Transactional(readOnly = true)
	public List<AccountChange> recentChanges(int limit) {
		return this.jdbc
			.sql("select username, action, changed_by, changed_at from account_change order by changed_at desc, id desc"
					+ " limit :limit")
			.param("limit", limit)
			.query((rs, row) -> new AccountChange(rs.getString("username"),
					AccountAction.valueOf(rs.getString("action")), rs.getString("changed_by"),
					rs.getTimestamp("changed_at").toInstant()))
			.list();
	}

	private void record(String username, AccountAction action, String admin) {
		log.info("Account change: {} by {} on the account '{}'", action, admin, username);
		this.jdbc.sql("insert into account_change (username, action, changed_by) values (:u, :a, :by)")
			.param("u", username)
			.param("a", action.name())
			.param("by", admin)
			.update();
	}

	private void endSessions(String username, String keepSessionId) {
		this.jdbc
			.sql("delete from spring_session where lower(principal_name) = lower(:u)"
					+ " and (cast(:keep as varchar) is null or session_id <> :keep)")
			.param("u", username)
			.param("keep", keepSessionId, java.sql.Types.VARCHAR)
			.update();
	}

	/**
	 * An account as sign-in sees it.
	 */
	public record Account(String username, String passwordHash, Role role, boolean enabled) {

		UserDetails toUserDetails() {
			return User.withUsername(this.username)
				.password(this.passwordHash)
				.authorities(authorities(this.role))
				.disabled(!this.enabled)
				.build();
		}

	}

	enum AccountAction {

		CREATE, DISABLE, ENABLE, UNLOCK, RESET_PASSWORD

	}

	public enum AccountChangeResult {

		DONE, NOT_FOUND, SELF, LAST_ADMIN

	}

	/**
	 * One recorded change: whose account, what, by which admin, when.
	 */
	record AccountChange(String username, AccountAction action, String changedBy, Instant changedAt) {

		private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
			.withZone(ZoneOffset.UTC);

		/** When, in UTC, to the second. */
		public String when() {
			return UTC.format(this.changedAt);
		}

	}

}
