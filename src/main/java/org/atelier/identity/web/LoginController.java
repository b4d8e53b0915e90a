package org.atelier.identity.web;

import java.util.ArrayList;
import java.util.List;

import org.atelier.identity.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page; Spring Security processes the form itself. When OpenID Connect providers are
 * configured, the page offers one "Sign in with ..." link per provider.
 */
@Controller
class LoginController {

	/** A configured provider as the sign-in page shows it. */
	record Provider(String name, String path) {
	}

	private final List<Provider> providers;

	LoginController(ObjectProvider<ClientRegistrationRepository> registrations) {
		List<Provider> found = new ArrayList<>();
		if (registrations.getIfAvailable() instanceof Iterable<?> all) {
			for (Object each : all) {
				if (each instanceof ClientRegistration registration) {
					found.add(new Provider(registration.getClientName(),
							"/oauth2/authorization/" + registration.getRegistrationId()));
				}
			}
		}
		this.providers = List.copyOf(found);
	}

	@GetMapping("/login")
	String login(Model model) {
		if (CurrentUser.get() != null) {
			return "redirect:/";
		}
		model.addAttribute("providers", providers);
		return "identity/login";
	}
}
