package org.atelier.identity.web;

import org.atelier.identity.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security processes the form itself. */
@Controller
class LoginController {

	@GetMapping("/login")
	String login() {
		return CurrentUser.get() != null ? "redirect:/" : "identity/login";
	}
}
