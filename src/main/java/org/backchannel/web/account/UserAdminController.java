package org.backchannel.web.account;

import org.backchannel.account.PasswordPolicy;
import org.backchannel.account.SignInThrottle;
import org.backchannel.account.Role;
import org.backchannel.account.UserAccountService;
import org.backchannel.account.UserSummary;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.backchannel.account.UserAccountService.AccountChangeResult;
import org.backchannel.model.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.backchannel.model.RecordValidator;
import org.backchannel.web.page.FormErrors;
import org.springframework.validation.BindingResult;
import org.backchannel.web.page.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins manage the accounts: list them (with any sign-in slow-down), create new ones,
 * disable and enable them, clear their failed sign-ins ("unlock") and reset their
 * passwords. Every change is recorded with the admin who made it and shown below the
 * list; each form posts (with its CSRF token) and redirects back with a message.
 */
@PageController
@RequestMapping("/admin/users")
class UserAdminController {

	static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;

	static final int RECENT_CHANGES = 20;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

	private final UserAccountService users;

	private final PasswordPolicy passwordPolicy;

	private final SignInThrottle throttle;

	private final MessageSource messages;

	private final RecordValidator validation;

	UserAdminController(UserAccountService users, PasswordPolicy passwordPolicy, SignInThrottle throttle,
			MessageSource messages, RecordValidator validation) {
		this.users = users;
		this.validation = validation;
		this.passwordPolicy = passwordPolicy;
		this.throttle = throttle;
		this.messages = messages;
	}

	@GetMapping
	String showUsers(Model model) {
		return showPage(new UserForm(null, null, Role.EDITOR), null, model);
	}

	@PostMapping
	String processCreationForm(@Valid @ModelAttribute("form") UserForm form, BindingResult binding,
			Authentication admin, Locale locale, Model model, RedirectAttributes redirect) {
		BindingResult checked = this.validation.validateRest(form, binding);
		if (!checked.hasFieldErrors("username") && this.users.exists(form.username())) {
			checked.rejectValue("username", "admin.user.username.taken", text("admin.user.username.taken", locale));
		}
		if (!checked.hasFieldErrors("password")) {
			this.passwordPolicy.problem(form.username(), form.password(), admin.getName())
				.ifPresent((problem) -> checked.rejectValue("password", "admin.user.password", text(problem, locale)));
		}
		if (checked.hasErrors()) {
			return showPage(new UserForm(form.username(), null, form.role()), checked, model);
		}
		this.users.createUser(form.username(), form.password(), form.role(), admin.getName());
		redirect.addFlashAttribute("message", text("admin.user.created", locale, form.username(), form.role()));
		return "redirect:/admin/users";
	}

	@PostMapping("/{username}/disable")
	String disable(@PathVariable String username, Authentication admin, Locale locale, RedirectAttributes redirect) {
		return setEnabled(username, false, admin, locale, redirect);
	}

	@PostMapping("/{username}/enable")
	String enable(@PathVariable String username, Authentication admin, Locale locale, RedirectAttributes redirect) {
		return setEnabled(username, true, admin, locale, redirect);
	}

	private String setEnabled(String username, boolean enabled, Authentication admin, Locale locale,
			RedirectAttributes redirect) {
		AccountChangeResult result = this.users.setEnabled(username, enabled, admin.getName());
		switch (result) {
			case NOT_FOUND -> throw new NotFoundException("account", username);
			case SELF -> redirect.addFlashAttribute("accountError", text("admin.user.notSelf", locale));
			case LAST_ADMIN ->
				redirect.addFlashAttribute("accountError", text("admin.user.lastAdmin", locale, username));
			case DONE -> redirect.addFlashAttribute("message",
					text(enabled ? "admin.user.enabledDone" : "admin.user.disabledDone", locale, username));
		}
		return "redirect:/admin/users";
	}

	@PostMapping("/{username}/unlock")
	String unlock(@PathVariable String username, Authentication admin, Locale locale, RedirectAttributes redirect) {
		String name = existing(username);
		this.throttle.unlock(name);
		this.users.recordUnlock(name, admin.getName());
		redirect.addFlashAttribute("message", text("admin.user.unlocked", locale, name));
		return "redirect:/admin/users";
	}

	@GetMapping("/{username}/password")
	String showPasswordForm(@PathVariable String username, Model model) {
		return showPasswordForm(existing(username), new PasswordForm(null), null, model);
	}

	@PostMapping("/{username}/password")
	String resetPassword(@PathVariable String username, @ModelAttribute("form") PasswordForm form,
			BindingResult binding, Authentication admin, HttpServletRequest request, Locale locale, Model model,
			RedirectAttributes redirect) {
		String name = existing(username);
		String password = form.password();
		Optional<MessageSourceResolvable> problem = this.passwordPolicy.problem(name, password, admin.getName());
		if (problem.isPresent()) {
			binding.rejectValue("password", "admin.user.password", text(problem.get(), locale));
			return showPasswordForm(name, new PasswordForm(null), binding, model);
		}
		HttpSession session = request.getSession(false);
		this.users.resetPassword(name, password, admin.getName(), (session != null) ? session.getId() : null);
		this.throttle.unlock(name);
		redirect.addFlashAttribute("message", text("admin.user.passwordReset", locale, name));
		return "redirect:/admin/users";
	}

	/**
	 * The account's name as stored, or 404.
	 */
	private String existing(String username) {
		return this.users.findForSignIn(username)
			.map(UserAccountService.Account::username)
			.orElseThrow(() -> new NotFoundException("account", username));
	}

	private String showPasswordForm(String account, PasswordForm form, BindingResult binding, Model model) {
		model.addAttribute("account", account);
		model.addAttribute("form", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form",
				(binding != null) ? binding : FormErrors.none(form));
		return "admin/users/resetPasswordForm";
	}

	private String showPage(UserForm form, BindingResult binding, Model model) {
		List<UserSummary> users = this.users.findAll();
		Map<String, String> slowedDown = new LinkedHashMap<>();
		for (UserSummary user : users) {
			this.throttle.accountWaitsUntil(user.username())
				.ifPresent((until) -> slowedDown.put(user.username(),
						this.messages.getMessage("admin.user.throttled",
								new Object[] { TIME.format(until), this.throttle.accountFailures(user.username()) },
								LocaleContextHolder.getLocale())));
		}
		model.addAttribute("users", users);
		model.addAttribute("slowedDown", slowedDown);
		model.addAttribute("changes", this.users.recentChanges(RECENT_CHANGES));
		model.addAttribute("form", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form",
				(binding != null) ? binding : FormErrors.none(form));
		model.addAttribute("roles", Role.values());
		return "admin/users/userList";
	}

	private String text(String code, Locale locale, Object... arguments) {
		return this.messages.getMessage(code, arguments, locale);
	}

	private String text(MessageSourceResolvable message, Locale locale) {
		return this.messages.getMessage(message, locale);
	}

	/** A new account as typed in; the password is never shown again. */
	record UserForm(@NotNull(message = "{validation.username}") @Pattern(regexp = "[A-Za-z0-9._@-]{3,100}",
			message = "{validation.username}") String username, @NotNull String password, @NotNull Role role) {
	}

	/** A new password for an account, checked against the policy. */
	record PasswordForm(String password) {
	}

}
