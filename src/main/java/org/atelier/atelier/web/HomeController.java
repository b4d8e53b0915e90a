package org.atelier.atelier.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page after sign-in. */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "atelier/home";
	}
}
