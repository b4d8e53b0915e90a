package org.atelier.identity.web;

import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.servlet.http.HttpSession;

import org.atelier.identity.AccessTokens;
import org.atelier.identity.Accounts;
import org.atelier.identity.CurrentUser;
import org.atelier.shared.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The signed-in person's own page: change the password and manage personal access tokens for
 * the API (a new token's secret is shown exactly once).
 */
@Controller
class ProfileController {

	private final Accounts accounts;
	private final AccessTokens tokens;
	private final MessageSource messages;

	ProfileController(Accounts accounts, AccessTokens tokens, MessageSource messages) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.messages = messages;
	}

	/** Form for a password change. */
	static class PasswordForm {

		private @Nullable String currentPassword;
		private @Nullable String newPassword;
		private @Nullable String confirmPassword;

		public @Nullable String getCurrentPassword() {
			return currentPassword;
		}

		public void setCurrentPassword(@Nullable String currentPassword) {
			this.currentPassword = currentPassword;
		}

		public @Nullable String getNewPassword() {
			return newPassword;
		}

		public void setNewPassword(@Nullable String newPassword) {
			this.newPassword = newPassword;
		}

		public @Nullable String getConfirmPassword() {
			return confirmPassword;
		}

		public void setConfirmPassword(@Nullable String confirmPassword) {
			this.confirmPassword = confirmPassword;
		}
	}

	/** Form for a new personal access token. */
	static class TokenForm {

		private @Nullable String name;
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private @Nullable LocalDate expiresOn;

		public @Nullable String getName() {
			return name;
		}

		public void setName(@Nullable String name) {
			this.name = name;
		}

		public @Nullable LocalDate getExpiresOn() {
			return expiresOn;
		}

		public void setExpiresOn(@Nullable LocalDate expiresOn) {
			this.expiresOn = expiresOn;
		}
	}

	@ModelAttribute("passwordForm")
	PasswordForm passwordForm() {
		return new PasswordForm();
	}

	@ModelAttribute("tokenForm")
	TokenForm tokenForm() {
		return new TokenForm();
	}

	@GetMapping("/profile")
	String profile(Model model) {
		return show(model);
	}

	@PostMapping("/profile/password")
	String changePassword(@ModelAttribute("passwordForm") PasswordForm form, BindingResult errors, Model model,
			HttpSession session, RedirectAttributes redirect) {
		if (form.getNewPassword() == null || !form.getNewPassword().equals(form.getConfirmPassword())) {
			errors.rejectValue("confirmPassword", "identity.password.mismatch");
			return show(model);
		}
		try {
			accounts.changeOwnPassword(form.getCurrentPassword(), form.getNewPassword(), session.getId());
		}
		catch (FieldProblem problem) {
			problem.violations().forEach(v -> errors.rejectValue(v.field(), v.messageKey(), v.args(), v.messageKey()));
			return show(model);
		}
		redirect.addFlashAttribute("flash", text("profile.password.changed"));
		return "redirect:/profile";
	}

	@PostMapping("/profile/tokens")
	String createToken(@ModelAttribute("tokenForm") TokenForm form, BindingResult errors, Model model) {
		if (errors.hasErrors()) {
			return show(model);
		}
		try {
			var created = tokens.create(form.getName() == null ? "" : form.getName(), form.getExpiresOn() == null ? null
					: form.getExpiresOn().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
			model.addAttribute("createdToken", created);
			model.addAttribute("tokenForm", tokenForm());
		}
		catch (FieldProblem problem) {
			problem.violations().forEach(v -> errors.rejectValue(v.field().equals("expiresAt") ? "expiresOn" : v.field(),
					v.messageKey(), v.args(), v.messageKey()));
		}
		return show(model);
	}

	@PostMapping("/profile/tokens/{id}/revoke")
	String revokeToken(@PathVariable long id, RedirectAttributes redirect) {
		tokens.revoke(id);
		redirect.addFlashAttribute("flash", text("profile.token.revoked"));
		return "redirect:/profile";
	}

	private String show(Model model) {
		CurrentUser me = CurrentUser.require();
		model.addAttribute("account", accounts.findById(me.id()).orElseThrow());
		model.addAttribute("tokens", tokens.mine());
		model.addAttribute("now", java.time.Instant.now());
		return "identity/profile";
	}

	private String text(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}
}
