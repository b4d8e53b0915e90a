package org.atelier.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description's title and the two ways to authenticate an API call. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI atelierOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Atelier API").version("v1")
				.description("Ateliers, members, the method catalogue and everything recorded in an atelier. "
						+ "Authenticate with HTTP Basic or a personal access token (Authorization: Bearer atl_…). "
						+ "Errors are RFC 9457 problem details; writes to existing records need If-Match with the "
						+ "record's ETag. Texts follow Accept-Language (en, nl, es).")
				.license(new License().name("Open source")))
			.components(new Components()
				.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
				.addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
					.description("Personal access token created on the profile page")))
			.addSecurityItem(new SecurityRequirement().addList("basic"))
			.addSecurityItem(new SecurityRequirement().addList("token"));
	}
}
