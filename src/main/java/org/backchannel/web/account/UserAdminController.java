package org.backchannel.web.account;

import org.backchannel.account.Role;
import org.backchannel.account.UserAccountService;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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

	UserAdminController(UserAccountService users) {
		this.users = users;
	}

	@GetMapping
	String showUsers(Model model) {
		return showPage(new UserForm(null, null, Role.EDITOR), Map.of(), model);
	}

	@PostMapping
	String processCreationForm(@ModelAttribute("form") UserForm form, Model model, RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (form.username() == null || !form.username().matches("[A-Za-z0-9._@-]{3,100}")) {
			errors.put("username", "must be 3 to 100 letters, digits or . _ @ -");
		}
		else if (this.users.exists(form.username())) {
			errors.put("username", "is already taken.");
		}
		if (form.password() == null || form.password().length() < MIN_PASSWORD_LENGTH) {
			errors.put("password", "must be at least " + MIN_PASSWORD_LENGTH + " characters long.");
		}
		if (form.role() == null) {
			errors.put("role", "is required.");
		}
		if (!errors.isEmpty()) {
			return showPage(new UserForm(form.username(), null, form.role()), errors, model);
		}
		this.users.createUser(form.username(), form.password(), form.role());
		redirect.addFlashAttribute("message", "Created the account “" + form.username() + "” (" + form.role() + ").");
		return "redirect:/admin/users";
	}

	private String showPage(UserForm form, Map<String, String> errors, Model model) {
		model.addAttribute("users", this.users.findAll());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("roles", Role.values());
		return "admin/users/userList";
	}

	record UserForm(String username, String password, Role role) {
	}

}
