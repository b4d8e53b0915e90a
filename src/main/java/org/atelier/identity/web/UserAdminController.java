package org.atelier.identity.web;

import org.atelier.identity.Accounts;
import org.atelier.identity.Accounts.NewAccount;
import org.atelier.shared.ConflictException;
import org.atelier.shared.FieldProblem;
import org.atelier.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Installation administrators manage accounts: create, disable, re-enable, reset passwords. */
@Controller
class UserAdminController {

	private final org.atelier.identity.TwoFactor twoFactor;

	private final Accounts accounts;
	private final MessageSource messages;

	UserAdminController(Accounts accounts, MessageSource messages, org.atelier.identity.TwoFactor twoFactor) {
		this.twoFactor = twoFactor;
		this.accounts = accounts;
		this.messages = messages;
	}

	/** Form for a new account. */
	static class UserForm {

		private @Nullable String username;
		private @Nullable String displayName;
		private @Nullable String email;
		private @Nullable String password;
		private boolean admin;

		public @Nullable String getUsername() {
			return username;
		}

		public void setUsername(@Nullable String username) {
			this.username = username;
		}

		public @Nullable String getDisplayName() {
			return displayName;
		}

		public void setDisplayName(@Nullable String displayName) {
			this.displayName = displayName;
		}

		public @Nullable String getEmail() {
			return email;
		}

		public void setEmail(@Nullable String email) {
			this.email = email;
		}

		public @Nullable String getPassword() {
			return password;
		}

		public void setPassword(@Nullable String password) {
			this.password = password;
		}

		public boolean isAdmin() {
			return admin;
		}

		public void setAdmin(boolean admin) {
			this.admin = admin;
		}
	}

	/** Form for a password reset by an administrator. */
	static class ResetForm {

		private @Nullable String password;

		public @Nullable String getPassword() {
			return password;
		}

		public void setPassword(@Nullable String password) {
			this.password = password;
		}
	}

	@GetMapping("/admin/users")
	String list(Model model) {
		model.addAttribute("users", accounts.all());
		model.addAttribute("twoFactorUsers", twoFactor.enabledAccounts());
		return "identity/users";
	}

	@GetMapping("/admin/users/new")
	String newUser(Model model) {
		model.addAttribute("userForm", new UserForm());
		return "identity/user-new";
	}

	@PostMapping("/admin/users")
	String create(@ModelAttribute("userForm") UserForm form, BindingResult errors, RedirectAttributes redirect) {
		try {
			var created = accounts.create(new NewAccount(nz(form.getUsername()), nz(form.getDisplayName()),
					form.getEmail(), nz(form.getPassword()), form.isAdmin()));
			redirect.addFlashAttribute("flash", text("users.created", created.username()));
			return "redirect:/admin/users";
		}
		catch (FieldProblem problem) {
			problem.violations().forEach(v -> errors.rejectValue(v.field(), v.messageKey(), v.args(), v.messageKey()));
		}
		catch (ConflictException conflict) {
			errors.rejectValue("username", conflict.messageKey(), conflict.args(), conflict.messageKey());
		}
		return "identity/user-new";
	}

	@PostMapping("/admin/users/{id}/disable")
	String disable(@PathVariable long id, RedirectAttributes redirect) {
		try {
			accounts.disable(id);
			redirect.addFlashAttribute("flash", text("users.disabled", name(id)));
		}
		catch (ConflictException conflict) {
			redirect.addFlashAttribute("flash", text(conflict.messageKey()));
		}
		return "redirect:/admin/users";
	}

	@PostMapping("/admin/users/{id}/two-factor/reset")
	String resetTwoFactor(@PathVariable long id, RedirectAttributes redirect) {
		twoFactor.resetFor(id);
		redirect.addFlashAttribute("flash", text("users.twoFactorReset", name(id)));
		return "redirect:/admin/users";
	}

	@PostMapping("/admin/users/{id}/enable")
	String enable(@PathVariable long id, RedirectAttributes redirect) {
		accounts.enable(id);
		redirect.addFlashAttribute("flash", text("users.enabled", name(id)));
		return "redirect:/admin/users";
	}

	@GetMapping("/admin/users/{id}/password")
	String resetForm(@PathVariable long id, Model model) {
		model.addAttribute("user", accounts.findById(id).orElseThrow(() -> new NotFoundException("user")));
		model.addAttribute("resetForm", new ResetForm());
		return "identity/user-password";
	}

	@PostMapping("/admin/users/{id}/password")
	String reset(@PathVariable long id, @ModelAttribute("resetForm") ResetForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		try {
			accounts.resetPassword(id, nz(form.getPassword()));
			redirect.addFlashAttribute("flash", text("users.passwordReset", name(id)));
			return "redirect:/admin/users";
		}
		catch (FieldProblem problem) {
			problem.violations().forEach(v -> errors.rejectValue(v.field(), v.messageKey(), v.args(), v.messageKey()));
			model.addAttribute("user", accounts.findById(id).orElseThrow(() -> new NotFoundException("user")));
			return "identity/user-password";
		}
	}

	private String name(long id) {
		return accounts.findById(id).map(Accounts.AccountView::username).orElse("?");
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	private static String nz(@Nullable String s) {
		return s == null ? "" : s;
	}
}
