package org.atelier.shared.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The user interface speaks English, Dutch and Spanish. The language comes from a cookie set by
 * the language switch ({@code ?lang=nl}), otherwise from the browser's Accept-Language, and
 * falls back to English.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

	@Bean
	LocaleResolver localeResolver() {
		var resolver = new CookieLocaleResolver("atelier-lang");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		resolver.setCookieHttpOnly(true);
		resolver.setDefaultLocaleFunction(LocaleConfiguration::fromBrowser);
		return resolver;
	}

	private static Locale fromBrowser(HttpServletRequest request) {
		return SupportedLocales.bestMatch(request.getHeader("Accept-Language"));
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		var change = new LocaleChangeInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request,
					jakarta.servlet.http.HttpServletResponse response, Object handler) throws jakarta.servlet.ServletException {
				String requested = request.getParameter(getParamName());
				if (requested != null && !SupportedLocales.isSupported(requested)) {
					return true; // ignore languages we do not speak instead of failing
				}
				return super.preHandle(request, response, handler);
			}
		};
		change.setParamName("lang");
		change.setHttpMethods("GET");
		registry.addInterceptor(change);
	}
}
