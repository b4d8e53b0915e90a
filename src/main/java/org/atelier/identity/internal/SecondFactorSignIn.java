package org.atelier.identity.internal;

import java.io.IOException;
import java.time.Clock;
import java.util.List;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.atelier.identity.CurrentUser;
import org.atelier.identity.TwoFactor;
import org.atelier.shared.SecurityLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Sign-in in two steps for people with a second factor. A correct password then gives only the
 * authority {@link #PENDING}, which opens nothing but the code page; the code turns it into the
 * person's full authorities under a new session id. When administrators must use a second factor
 * ({@code atelier.security.two-factor.required-for-admins}) and one has none yet, the password
 * gives {@link #ENROLMENT}, which opens nothing but the enrolment page.
 */
@Component
public class SecondFactorSignIn implements AuthenticationSuccessHandler {

	public static final String PENDING = "SECOND_FACTOR_PENDING";
	public static final String ENROLMENT = "SECOND_FACTOR_ENROLMENT";
	public static final String CODE_PAGE = "/login/two-factor";
	public static final String ENROLMENT_PAGE = "/login/two-factor/setup";

	private final TwoFactor twoFactor;
	private final boolean requiredForAdmins;
	private final Clock clock;
	private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();
	private final SavedRequestAwareAuthenticationSuccessHandler plain = new SavedRequestAwareAuthenticationSuccessHandler();

	SecondFactorSignIn(TwoFactor twoFactor,
			@Value("${atelier.security.two-factor.required-for-admins:false}") boolean requiredForAdmins, Clock clock) {
		this.twoFactor = twoFactor;
		this.clock = clock;
		this.requiredForAdmins = requiredForAdmins;
		plain.setDefaultTargetUrl("/");
	}

	public boolean requiredForAdmins() {
		return requiredForAdmins;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		SessionLifetimeFilter.markSignIn(request, clock);
		if (authentication.getPrincipal() instanceof CurrentUser user) {
			if (twoFactor.isEnabled(user.id())) {
				narrow(user, PENDING, request, response);
				response.sendRedirect(request.getContextPath() + CODE_PAGE);
				return;
			}
			if (requiredForAdmins && user.admin()) {
				narrow(user, ENROLMENT, request, response);
				response.sendRedirect(request.getContextPath() + ENROLMENT_PAGE);
				return;
			}
		}
		plain.onAuthenticationSuccess(request, response, authentication);
	}

	/** Gives the half-signed-in person their full authorities, under a new session id. */
	public void complete(HttpServletRequest request, HttpServletResponse response) {
		CurrentUser user = CurrentUser.require();
		request.changeSessionId();
		store(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()), request, response);
		SecurityLog.event("sign-in-second-factor", "user", user.getUsername(), "address", request.getRemoteAddr());
	}

	/** Where a half-signed-in person belongs, or null for everyone else. */
	public static String pageFor(Authentication authentication) {
		if (authentication == null) {
			return null;
		}
		for (var authority : authentication.getAuthorities()) {
			if (PENDING.equals(authority.getAuthority())) {
				return CODE_PAGE;
			}
			if (ENROLMENT.equals(authority.getAuthority())) {
				return ENROLMENT_PAGE;
			}
		}
		return null;
	}

	private void narrow(CurrentUser user, String authority, HttpServletRequest request, HttpServletResponse response) {
		store(UsernamePasswordAuthenticationToken.authenticated(user, null, List.of(new SimpleGrantedAuthority(authority))),
				request, response);
	}

	private void store(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		repository.saveContext(context, request, response);
	}
}
