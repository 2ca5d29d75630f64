package org.backchannel.web.page;

import org.backchannel.model.NotFoundException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Friendly pages for the browser side; the API has its own problem+json handler.
 */
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
@ControllerAdvice(annotations = PageController.class)
class WebExceptionHandler {

	@ExceptionHandler
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String handleNotFound(NotFoundException ex, Model model) {
		model.addAttribute("status", 404);
		model.addAttribute("message", ex.getMessage());
		return "error";
	}

}
