package org.backchannel.web.account;

import org.backchannel.web.page.FormErrors;
import org.backchannel.account.Role;
import org.backchannel.account.UserAccountService;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.backchannel.model.RecordValidator;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins manage the accounts: list them (with any lock-out) and create new ones.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	static final int MIN_PASSWORD_LENGTH = 12;

	private final UserAccountService users;

	private final RecordValidator validation;

	UserAdminController(UserAccountService users, RecordValidator validation) {
		this.users = users;
		this.validation = validation;
	}

	@GetMapping
	String showUsers(Model model) {
		return showPage(new UserForm(null, null, Role.EDITOR), null, model);
	}

	@PostMapping
	String processCreationForm(@Valid @ModelAttribute("form") UserForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		BindingResult checked = this.validation.validateRest(form, binding);
		if (!checked.hasFieldErrors("username") && this.users.exists(form.username())) {
			checked.rejectValue("username", "validation.usernameTaken", "is already taken.");
		}
		if (checked.hasErrors()) {
			return showPage(form, checked, model);
		}
		this.users.createUser(form.username(), form.password(), form.role());
		redirect.addFlashAttribute("message", "Created the account “" + form.username() + "” (" + form.role() + ").");
		return "redirect:/admin/users";
	}

	private String showPage(UserForm form, BindingResult binding, Model model) {
		model.addAttribute("users", this.users.findAll());
		model.addAttribute("form", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form",
				(binding != null) ? binding : FormErrors.none(form));
		model.addAttribute("roles", Role.values());
		return "admin/users/userList";
	}

	/** A new account as typed in; the password is never shown again. */
	record UserForm(
			@NotNull(message = "{validation.username}") @Pattern(regexp = "[A-Za-z0-9._@-]{3,100}",
					message = "{validation.username}") String username,
			@NotNull(message = "{validation.password}") @Size(min = MIN_PASSWORD_LENGTH,
					message = "{validation.password}") String password,
			@NotNull Role role) {
	}

}
