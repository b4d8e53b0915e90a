package org.atelier.shared.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body larger than its path allows (413) before anything reads it, ahead of the
 * security filters (whose CSRF check would otherwise parse a multipart body in full). Most uploads
 * are documents and series files of a few megabytes; only the archive import takes large ones. The
 * servlet container's multipart limit stays the outer bound for bodies sent without a length.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimits {

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> uploadLimitFilter(
			@Value("${atelier.uploads.max-request-size:13MB}") DataSize normal,
			@Value("${atelier.uploads.large-request-size:102MB}") DataSize large,
			@Value("${atelier.uploads.large-request-paths:/api/v1/imports,/ateliers/import}") List<String> largePaths) {
		var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				long length = request.getContentLengthLong();
				String path = request.getRequestURI().substring(request.getContextPath().length());
				long limit = largePaths.contains(path) ? large.toBytes() : normal.toBytes();
				if (length > limit) {
					response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
					return;
				}
				chain.doFilter(request, response);
			}
		});
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		registration.setName("uploadLimits");
		return registration;
	}
}
