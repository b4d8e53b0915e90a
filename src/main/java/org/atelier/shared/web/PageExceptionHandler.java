package org.atelier.shared.web;

import org.atelier.shared.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Pages answer a missing or hidden record with the 404 page and a missing role with the 403 page. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound() {
		var mav = new ModelAndView("error/404");
		mav.setStatus(HttpStatus.NOT_FOUND);
		return mav;
	}

	@ExceptionHandler(AccessDeniedException.class)
	ModelAndView forbidden() {
		var mav = new ModelAndView("error/403");
		mav.setStatus(HttpStatus.FORBIDDEN);
		return mav;
	}
}
