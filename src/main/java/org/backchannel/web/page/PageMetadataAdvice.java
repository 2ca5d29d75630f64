package org.backchannel.web.page;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What every page's sharing tags need from the request: its own absolute address (for the
 * canonical link and Open Graph's og:url). The page's title and description come from its
 * controller ({@code pageTitle}, {@code pageDescription} or {@code pageDescriptionKey}),
 * else the site's.
 */
@ControllerAdvice(annotations = Controller.class)
class PageMetadataAdvice {

	@ModelAttribute("pageUrl")
	String pageUrl() {
		return ServletUriComponentsBuilder.fromCurrentRequest().build().toUriString();
	}

}
