package org.atelier.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.atelier.identity.AccessTokens;
import org.atelier.identity.ExternalSignIn;
import org.atelier.identity.TwoFactor;
import org.atelier.shared.SecurityLog;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Two filter chains: the REST API and Actuator are stateless (HTTP Basic or a personal access
 * token on every call, 401 problem details, no CSRF because no cookie is ever read there); pages
 * use a form sign-in with the session in the database, CSRF protection and a strict
 * Content-Security-Policy, and, when OpenID Connect providers are configured, single sign-on
 * through them. Which records a user may see inside an atelier is decided by the
 * atelier module, not here.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** No inline scripts or styles anywhere; every asset is served by the application itself. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
			+ "frame-ancestors 'none'; form-action 'self'";

	/** Argon2id with OWASP's recommended minimum: m = 19 MiB, t = 2, p = 1 (Password Storage Cheat Sheet). */
	@Bean
	PasswordEncoder passwordEncoder() {
		return new Argon2PasswordEncoder(16, 32, 1, 19456, 2);
	}

	@Bean
	AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder encoder,
			LoginThrottle throttle) {
		var dao = new DaoAuthenticationProvider(users);
		dao.setPasswordEncoder(encoder);
		var manager = new ProviderManager(new ThrottledAuthenticationProvider(dao, throttle));
		return manager;
	}

	/**
	 * The absolute session lifetime, checked right after Spring Session has loaded the session
	 * ({@code SessionRepositoryFilter.DEFAULT_ORDER}) and before Spring Security reads it.
	 */
	@Bean
	FilterRegistrationBean<SessionLifetimeFilter> sessionLifetimeFilter(
			@Value("${atelier.security.session.absolute-lifetime:12h}") Duration lifetime, Clock clock) {
		var registration = new FilterRegistrationBean<>(new SessionLifetimeFilter(lifetime, clock));
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
		return registration;
	}

	@Bean
	ApiAuthenticationEntryPoint apiAuthenticationEntryPoint(MessageSource messages) {
		return new ApiAuthenticationEntryPoint(messages);
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, AuthenticationManager manager, AccessTokens tokens,
			ApiAuthenticationEntryPoint entryPoint, TwoFactor twoFactor) throws Exception {
		http.securityMatcher("/api/**", "/actuator/**")
			.authenticationManager(manager)
			.authorizeHttpRequests(auth -> auth
				.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
				.requestMatchers("/actuator/**").hasRole("ADMIN")
				.requestMatchers(HttpMethod.POST, "/api/v1/users").hasRole("ADMIN")
				.anyRequest().authenticated())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
			.addFilterBefore(new BearerTokenFilter(tokens::authenticate, entryPoint), BasicAuthenticationFilter.class)
			.addFilterAfter(new SecondFactorApiGuard(twoFactor, entryPoint), BasicAuthenticationFilter.class)
			.exceptionHandling(e -> e.authenticationEntryPoint(entryPoint).accessDeniedHandler(entryPoint))
			.headers(SecurityConfiguration::headers);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageChain(HttpSecurity http, AuthenticationManager manager, SecondFactorSignIn secondFactor,
			ObjectProvider<ClientRegistrationRepository> singleSignOn, ExternalSignIn externalSignIn) throws Exception {
		http.authenticationManager(manager)
			.authorizeHttpRequests(auth -> auth
				.requestMatchers("/login", "/public/**", "/error", "/error/**", "/css/**", "/js/**", "/img/**", "/webjars/**",
						"/favicon.ico", "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
				.permitAll()
				.requestMatchers(SecondFactorSignIn.ENROLMENT_PAGE).hasAuthority(SecondFactorSignIn.ENROLMENT)
				.requestMatchers(SecondFactorSignIn.CODE_PAGE).hasAuthority(SecondFactorSignIn.PENDING)
				.requestMatchers("/admin/**").hasRole("ADMIN")
				// ROLE_USER, not just "authenticated": half-signed-in people (second factor pending) are authenticated too
				.anyRequest().hasRole("USER"))
			.formLogin(form -> form.loginPage("/login").successHandler(secondFactor).failureHandler(SecurityConfiguration::signInFailed))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
				.deleteCookies("SESSION").invalidateHttpSession(true))
			.exceptionHandling(e -> e.accessDeniedHandler(SecurityConfiguration::pageAccessDenied))
			.headers(SecurityConfiguration::headers);
		if (singleSignOn.getIfAvailable() != null) {
			// only when at least one provider is configured (spring.security.oauth2.client.registration.*);
			// the chain's own authentication manager is explicit, so the OpenID Connect provider is added to it here
			var accountsOfProviders = new SingleSignOn.AccountUserService(externalSignIn);
			http.authenticationManager(new ProviderManager(List.of(new OidcAuthorizationCodeAuthenticationProvider(
					new RestClientAuthorizationCodeTokenResponseClient(), accountsOfProviders)), manager))
				.oauth2Login(oidc -> oidc.loginPage("/login")
					.authorizationEndpoint(start -> start.authorizationRequestResolver(
							new SingleSignOn.KnownProvidersOnly(singleSignOn.getObject())))
					.userInfoEndpoint(info -> info.oidcUserService(accountsOfProviders))
					.successHandler(new SingleSignOn.Success(secondFactor))
					.failureHandler(new SingleSignOn.Failure()));
		}
		return http.build();
	}

	/** Wrong credentials go back to the form; credentials that could not be checked (database away) answer 503. */
	private static void signInFailed(jakarta.servlet.http.HttpServletRequest request,
			jakarta.servlet.http.HttpServletResponse response,
			org.springframework.security.core.AuthenticationException failure)
			throws java.io.IOException, jakarta.servlet.ServletException {
		if (org.atelier.shared.DatabaseOutage.causedBy(failure)) {
			throw new org.springframework.dao.DataAccessResourceFailureException("credentials not checked", failure);
		}
		new org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler("/login?error")
			.onAuthenticationFailure(request, response, failure);
	}

	/** A refused page request (a missing role, a missing or wrong CSRF token) goes to the security log, then to the 403 page. */
	private static void pageAccessDenied(jakarta.servlet.http.HttpServletRequest request,
			jakarta.servlet.http.HttpServletResponse response,
			org.springframework.security.access.AccessDeniedException denied)
			throws java.io.IOException, jakarta.servlet.ServletException {
		String secondFactorPage = SecondFactorSignIn
			.pageFor(org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication());
		if (secondFactorPage != null && !(denied instanceof org.springframework.security.web.csrf.CsrfException)) {
			// half signed in: the only way on is the code (or enrolment) page
			response.sendRedirect(request.getContextPath() + secondFactorPage);
			return;
		}
		var principal = request.getUserPrincipal();
		SecurityLog.event(denied instanceof org.springframework.security.web.csrf.CsrfException ? "csrf-rejected"
				: "access-denied", "user", principal == null ? null : principal.getName(), "method", request.getMethod(),
				"path", request.getRequestURI());
		new org.springframework.security.web.access.AccessDeniedHandlerImpl().handle(request, response, denied);
	}

	private static void headers(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.frameOptions(f -> f.deny());
	}
}
