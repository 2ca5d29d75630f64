package org.backchannel.web.page;

import java.time.Duration;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The site's icon where browsers look for it unasked; pages also link the SVG version
 * under /assets/.
 */
@PageController
class FaviconController {

	private static final Resource ICON = new ClassPathResource("static/img/favicon.ico");

	private static final MediaType ICO = MediaType.parseMediaType("image/x-icon");

	@GetMapping("/favicon.ico")
	ResponseEntity<Resource> favicon() {
		return ResponseEntity.ok().contentType(ICO).cacheControl(CacheControl.maxAge(Duration.ofDays(7))).body(ICON);
	}

}
