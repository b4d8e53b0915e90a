package org.atelier.identity.internal;

import java.io.IOException;
import java.io.Serial;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.atelier.identity.CurrentUser;
import org.atelier.identity.ExternalSignIn;
import org.atelier.identity.ExternalSignIn.ExternalPerson;
import org.atelier.shared.SecurityLog;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Sign-in through an OpenID Connect provider ends in the same place as a password sign-in: the
 * provider's person is turned into the account's {@link CurrentUser} (found or opened by
 * {@link ExternalSignIn}), a disabled account is refused, and the second factor is asked for when
 * the account has one, exactly as after a password (see docs/decisions/0009-single-sign-on-and-second-factor.md).
 */
final class SingleSignOn {

	static final String FAILURE_URL = "/login?error";

	private SingleSignOn() {
	}

	/**
	 * Starts sign-ins at configured providers only. The standard resolver answers an unknown
	 * provider id with a server error; here the address is then simply not the start of a sign-in
	 * (the sign-in page for anonymous callers, not found for others).
	 */
	static final class KnownProvidersOnly implements OAuth2AuthorizationRequestResolver {

		private static final String BASE = OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI + "/";

		private final ClientRegistrationRepository registrations;
		private final DefaultOAuth2AuthorizationRequestResolver standard;

		KnownProvidersOnly(ClientRegistrationRepository registrations) {
			this.registrations = registrations;
			this.standard = new DefaultOAuth2AuthorizationRequestResolver(registrations,
					OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
		}

		@Override
		public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			if (path.startsWith(BASE) && !known(path.substring(BASE.length()))) {
				return null;
			}
			return standard.resolve(request);
		}

		@Override
		public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request, String registrationId) {
			return known(registrationId) ? standard.resolve(request, registrationId) : null;
		}

		private boolean known(String registrationId) {
			return registrations.findByRegistrationId(registrationId) != null;
		}
	}

	/** The provider's person together with the account it stands for. */
	static final class AccountOidcUser extends DefaultOidcUser {

		@Serial
		private static final long serialVersionUID = 1L;

		private final CurrentUser account;

		AccountOidcUser(OidcUser person, CurrentUser account) {
			super(account.getAuthorities(), person.getIdToken(), person.getUserInfo());
			this.account = account;
		}

		CurrentUser account() {
			return account;
		}
	}

	/** Loads the person as usual (ID token, user info), then finds or opens their account. */
	static final class AccountUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

		private final OidcUserService standard = new OidcUserService();
		private final ExternalSignIn accounts;

		AccountUserService(ExternalSignIn accounts) {
			this.accounts = accounts;
		}

		@Override
		public OidcUser loadUser(OidcUserRequest request) {
			OidcUser person = standard.loadUser(request);
			var registration = request.getClientRegistration();
			var result = accounts.resolve(new ExternalPerson(registration.getRegistrationId(),
					String.valueOf(person.getIssuer()), person.getSubject(), person.getEmail(),
					Boolean.TRUE.equals(person.getEmailVerified()), person.getFullName(), person.getPreferredUsername()));
			CurrentUser user = result.user();
			if (!user.isEnabled()) {
				throw new OAuth2AuthenticationException(new OAuth2Error("account_disabled"),
						"account disabled: " + user.getUsername());
			}
			return new AccountOidcUser(person, user);
		}
	}

	/**
	 * Replaces the provider's authentication by the account's, as a password sign-in would have
	 * stored it, and hands over to the second-factor step.
	 */
	static final class Success implements AuthenticationSuccessHandler {

		private final SecondFactorSignIn next;
		private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

		Success(SecondFactorSignIn next) {
			this.next = next;
		}

		@Override
		public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
				Authentication authentication) throws IOException, ServletException {
			if (!(authentication.getPrincipal() instanceof AccountOidcUser person)) {
				throw new IllegalStateException("single sign-on without an account");
			}
			CurrentUser user = person.account();
			var signedIn = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
			var context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(signedIn);
			SecurityContextHolder.setContext(context);
			repository.saveContext(context, request, response);
			SecurityLog.event("sign-in", "user", user.getUsername(), "address", request.getRemoteAddr(), "provider",
					providerOf(request));
			next.onAuthenticationSuccess(request, response, signedIn);
		}
	}

	/** Logs why, then shows the sign-in page with the same generic message as a wrong password. */
	static final class Failure implements AuthenticationFailureHandler {

		@Override
		public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
				AuthenticationException exception) throws IOException {
			String reason = exception instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode()
					: exception.getClass().getSimpleName();
			SecurityLog.event("sign-in-failed", "user", null, "address", request.getRemoteAddr(), "provider",
					providerOf(request), "reason", "sso-" + reason, "detail", exception.getMessage());
			response.sendRedirect(request.getContextPath() + FAILURE_URL);
		}
	}

	/** The registration id from {@code /login/oauth2/code/{id}}. */
	private static String providerOf(HttpServletRequest request) {
		String uri = request.getRequestURI();
		return uri.substring(uri.lastIndexOf('/') + 1);
	}
}
