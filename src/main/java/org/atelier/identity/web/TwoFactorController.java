package org.atelier.identity.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import io.nayuki.qrcodegen.QrCode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.atelier.identity.CurrentUser;
import org.atelier.identity.TwoFactor;
import org.atelier.identity.internal.LoginThrottle;
import org.atelier.identity.internal.SecondFactorSignIn;
import org.atelier.shared.ConflictException;
import org.atelier.shared.FieldProblem;
import org.atelier.shared.SecurityLog;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The second sign-in factor: managing it on the profile, the code page of the two-step sign-in,
 * and the enrolment page that administrators meet when the installation requires a second factor
 * for them.
 */
@Controller
class TwoFactorController {

	/** The one field of the code forms. */
	public static class CodeForm {
		private @Nullable String code;

		public @Nullable String getCode() { return code; }
		public void setCode(@Nullable String v) { code = v; }
	}

	/** The password that confirms turning the factor off or renewing the recovery codes. */
	public static class ConfirmForm {
		private @Nullable String currentPassword;

		public @Nullable String getCurrentPassword() { return currentPassword; }
		public void setCurrentPassword(@Nullable String v) { currentPassword = v; }
	}

	private final TwoFactor twoFactor;
	private final SecondFactorSignIn signIn;
	private final LoginThrottle throttle;
	private final MessageSource messages;

	TwoFactorController(TwoFactor twoFactor, SecondFactorSignIn signIn, LoginThrottle throttle, MessageSource messages) {
		this.twoFactor = twoFactor;
		this.signIn = signIn;
		this.throttle = throttle;
		this.messages = messages;
	}

	@ModelAttribute("codeForm")
	CodeForm codeForm() {
		return new CodeForm();
	}

	@ModelAttribute("confirmForm")
	ConfirmForm confirmForm() {
		return new ConfirmForm();
	}

	// --- on the profile

	@GetMapping("/profile/two-factor")
	String manage(Model model) {
		return managePage(model);
	}

	@PostMapping("/profile/two-factor/enrolment")
	String begin(RedirectAttributes redirect) {
		try {
			twoFactor.beginEnrolment();
		}
		catch (ConflictException alreadyOn) {
			redirect.addFlashAttribute("flash", text("identity.twoFactor.alreadyOn"));
		}
		return "redirect:/profile/two-factor";
	}

	@PostMapping("/profile/two-factor/confirm")
	String confirm(@ModelAttribute("codeForm") CodeForm form, BindingResult errors, Model model) {
		try {
			model.addAttribute("codes", twoFactor.confirm(form.getCode()));
			model.addAttribute("continueTo", "/profile/two-factor");
			return "identity/two-factor-codes";
		}
		catch (FieldProblem problem) {
			bind(problem, errors);
			return managePage(model);
		}
		catch (ConflictException none) {
			errors.reject(none.messageKey());
			return managePage(model);
		}
	}

	@PostMapping("/profile/two-factor/recovery-codes")
	String renew(@ModelAttribute("confirmForm") ConfirmForm form, BindingResult errors, Model model) {
		try {
			model.addAttribute("codes", twoFactor.regenerateRecoveryCodes(form.getCurrentPassword()));
			model.addAttribute("continueTo", "/profile/two-factor");
			return "identity/two-factor-codes";
		}
		catch (FieldProblem problem) {
			bind(problem, errors);
			return managePage(model);
		}
	}

	@PostMapping("/profile/two-factor/disable")
	String disable(@ModelAttribute("confirmForm") ConfirmForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		try {
			twoFactor.disable(form.getCurrentPassword());
		}
		catch (FieldProblem problem) {
			bind(problem, errors);
			return managePage(model);
		}
		redirect.addFlashAttribute("flash", text("identity.twoFactor.disabled"));
		return "redirect:/profile/two-factor";
	}

	private String managePage(Model model) {
		model.addAttribute("status", twoFactor.status());
		twoFactor.pendingEnrolment().ifPresent(e -> addEnrolment(model, e));
		model.addAttribute("required", signIn.requiredForAdmins() && CurrentUser.require().admin());
		return "identity/two-factor";
	}

	// --- the second step of signing in

	@GetMapping(SecondFactorSignIn.CODE_PAGE)
	String codePage() {
		return "identity/two-factor-login";
	}

	@PostMapping(SecondFactorSignIn.CODE_PAGE)
	String checkCode(@ModelAttribute("codeForm") CodeForm form, BindingResult errors, HttpServletRequest request,
			HttpServletResponse response) {
		CurrentUser user = CurrentUser.require();
		String client = request.getRemoteAddr();
		if (throttle.isBlocked(user.getUsername(), client)) {
			SecurityLog.event("sign-in-throttled", "user", user.getUsername(), "address", client, "step", "second-factor");
			new SecurityContextLogoutHandler().logout(request, response, SecurityContextHolder.getContext().getAuthentication());
			return "redirect:/login?error";
		}
		if (!twoFactor.verify(user.id(), form.getCode())) {
			throttle.record(user.getUsername(), client, false);
			SecurityLog.event("sign-in-failed", "user", user.getUsername(), "address", client, "reason", "second-factor");
			errors.rejectValue("code", "identity.twoFactor.codeWrong");
			return "identity/two-factor-login";
		}
		throttle.record(user.getUsername(), client, true);
		signIn.complete(request, response);
		return "redirect:/";
	}

	// --- enrolment required before anything else

	@GetMapping(SecondFactorSignIn.ENROLMENT_PAGE)
	String requiredEnrolment(Model model) {
		TwoFactor.Enrolment enrolment = twoFactor.pendingEnrolment().orElseGet(twoFactor::beginEnrolment);
		addEnrolment(model, enrolment);
		return "identity/two-factor-setup";
	}

	@PostMapping(SecondFactorSignIn.ENROLMENT_PAGE)
	String confirmRequired(@ModelAttribute("codeForm") CodeForm form, BindingResult errors, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		try {
			List<String> codes = twoFactor.confirm(form.getCode());
			signIn.complete(request, response);
			model.addAttribute("codes", codes);
			model.addAttribute("continueTo", "/");
			return "identity/two-factor-codes";
		}
		catch (FieldProblem problem) {
			bind(problem, errors);
			return requiredEnrolment(model);
		}
	}

	private static void addEnrolment(Model model, TwoFactor.Enrolment enrolment) {
		model.addAttribute("enrolment", enrolment);
		model.addAttribute("qr", qrDataUri(enrolment.uri()));
		// the secret in groups of four, easier to type into an app by hand
		model.addAttribute("secretGroups", enrolment.secret().replaceAll("(.{4})(?!$)", "$1 "));
	}

	/** The otpauth URI as a QR code: an SVG drawn from the code's modules, as a data URI (allowed by the CSP for images). */
	static String qrDataUri(String text) {
		QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
		int border = 4;
		int size = qr.size + border * 2;
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < qr.size; y++) {
			for (int x = 0; x < qr.size; x++) {
				if (qr.getModule(x, y)) {
					path.append('M').append(x + border).append(',').append(y + border).append("h1v1h-1z");
				}
			}
		}
		String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
				+ "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/><path d=\""
				+ path + "\" fill=\"#000000\"/></svg>";
		return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
	}

	private static void bind(FieldProblem problem, BindingResult errors) {
		problem.violations().forEach(v -> errors.rejectValue(v.field(), v.messageKey(), v.args(), v.messageKey()));
	}

	private String text(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}
}
