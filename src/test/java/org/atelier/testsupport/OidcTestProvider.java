package org.atelier.testsupport;

import java.net.InetAddress;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

/**
 * A real OpenID Connect provider (Spring Authorization Server) in the test JVM, on its own port
 * on 127.0.0.1, with its own sign-in page and a fixed set of people. The client it knows is
 * {@link #CLIENT_ID} / {@link #CLIENT_SECRET}; the redirect address of the application under test
 * is allowed with {@link #allowRedirect} once that application's port is known.
 */
public final class OidcTestProvider implements AutoCloseable {

	public static final String CLIENT_ID = "atelier";
	public static final String CLIENT_SECRET = "provider-test-secret";

	/** Someone who can sign in at the provider, and the claims it tells about them. */
	public record Person(String username, String password, String email, boolean emailVerified, String name) {
	}

	private final AnnotationConfigServletWebServerApplicationContext context;
	private final Set<String> redirects;
	private final Map<String, Person> people;

	private OidcTestProvider(AnnotationConfigServletWebServerApplicationContext context, Set<String> redirects,
			Map<String, Person> people) {
		this.context = context;
		this.redirects = redirects;
		this.people = people;
	}

	public static OidcTestProvider start(List<Person> people) {
		var context = new AnnotationConfigServletWebServerApplicationContext();
		Set<String> redirects = new CopyOnWriteArraySet<>();
		Map<String, Person> byUsername = new ConcurrentHashMap<>(
				people.stream().collect(Collectors.toMap(Person::username, Function.identity())));
		context.registerBean("people", People.class, () -> new People(byUsername));
		context.registerBean("redirects", Redirects.class, () -> new Redirects(redirects));
		context.register(Configuration.class);
		context.refresh();
		return new OidcTestProvider(context, redirects, byUsername);
	}

	/** The issuer, as the provider's discovery document names it. */
	public String issuer() {
		return "http://127.0.0.1:" + context.getWebServer().getPort();
	}

	public void allowRedirect(String uri) {
		redirects.add(uri);
	}

	/** Changes what the provider tells about someone from their next sign-in on (their password stays). */
	public void update(Person person) {
		people.put(person.username(), person);
	}

	@Override
	public void close() {
		context.close();
	}

	record People(Map<String, Person> byUsername) {
	}

	record Redirects(Set<String> uris) {
	}

	/** The provider's beans; a test configuration, so that the application's component scan leaves it alone. */
	@TestConfiguration(proxyBeanMethods = false)
	@EnableWebSecurity
	@EnableWebMvc
	static class Configuration {

		@Bean
		TomcatServletWebServerFactory webServerFactory() {
			var factory = new TomcatServletWebServerFactory(0);
			factory.setAddress(InetAddress.getLoopbackAddress());
			return factory;
		}

		@Bean
		DispatcherServlet dispatcherServlet() {
			return new DispatcherServlet();
		}

		@Bean
		SecurityFilterChain provider(HttpSecurity http) throws Exception {
			http.oauth2AuthorizationServer(server -> server.oidc(Customizer.withDefaults()))
				.authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
				.oauth2ResourceServer(resource -> resource.jwt(Customizer.withDefaults()))
				.formLogin(Customizer.withDefaults());
			return http.build();
		}

		@Bean
		UserDetailsService users(People people) {
			return new InMemoryUserDetailsManager(people.byUsername().values().stream()
				.map(p -> User.withUsername(p.username()).password("{noop}" + p.password()).roles("USER").build())
				.toList());
		}

		/** The one client, with whatever redirect addresses the test allowed so far. */
		@Bean
		RegisteredClientRepository clients(Redirects redirects) {
			String id = UUID.randomUUID().toString();
			return new RegisteredClientRepository() {

				@Override
				public void save(RegisteredClient client) {
					// the provider re-encodes the secret after a successful check; the fixed client stays as it is
				}

				@Override
				public RegisteredClient findById(String wanted) {
					return id.equals(wanted) ? client() : null;
				}

				@Override
				public RegisteredClient findByClientId(String wanted) {
					return CLIENT_ID.equals(wanted) ? client() : null;
				}

				private RegisteredClient client() {
					return RegisteredClient.withId(id)
						.clientId(CLIENT_ID)
						.clientSecret("{noop}" + CLIENT_SECRET)
						.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
						.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
						.redirectUris(uris -> uris.addAll(redirects.uris()))
						.scope(OidcScopes.OPENID)
						.scope(OidcScopes.PROFILE)
						.scope(OidcScopes.EMAIL)
						.clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
						.build();
				}
			};
		}

		/** The ID token tells the person's e-mail, whether it is verified, and their name. */
		@Bean
		OAuth2TokenCustomizer<JwtEncodingContext> claims(People people) {
			return context -> {
				if (!"id_token".equals(context.getTokenType().getValue())) {
					return;
				}
				Person person = people.byUsername().get(context.getPrincipal().getName());
				if (person != null) {
					context.getClaims()
						.claim("email", person.email())
						.claim("email_verified", person.emailVerified())
						.claim("name", person.name())
						.claim("preferred_username", person.username());
				}
			};
		}

		@Bean
		JWKSource<SecurityContext> keys() throws Exception {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
				.privateKey((RSAPrivateKey) pair.getPrivate())
				.keyID(UUID.randomUUID().toString())
				.build();
			return new ImmutableJWKSet<>(new JWKSet(key));
		}

		@Bean
		JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
			return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
		}

		@Bean
		AuthorizationServerSettings settings() {
			return AuthorizationServerSettings.builder().build();
		}
	}
}
