package org.backchannel.web.event;

import java.net.URI;
import java.net.URISyntaxException;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.backchannel.web.page.PageController;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * oEmbed (https://oembed.com) for timeline views: a CMS given the address of a timeline
 * view of this site ("/?type=PHONE_CALL") gets the iframe of its /embed page.
 */
@PageController
@ResponseBody
class EmbedController {

	static final int WIDTH = 600;

	static final int HEIGHT = 640;

	private final MessageSource messages;

	EmbedController(MessageSource messages) {
		this.messages = messages;
	}

	/** An oEmbed "rich" answer. */
	record OEmbed(String version, String type, String provider_name, String provider_url, String title, String html,
			int width, int height) {
	}

	@GetMapping(path = "/oembed",
			produces = { MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	ResponseEntity<?> oembed(@RequestParam(name = "url", required = false) String url,
			@RequestParam(name = "format", required = false) String format,
			@RequestParam(name = "maxwidth", required = false) Integer maxWidth,
			@RequestParam(name = "maxheight", required = false) Integer maxHeight, HttpServletRequest request) {
		if (format != null && !format.isBlank() && !"json".equals(format)) {
			return problem(HttpStatus.NOT_IMPLEMENTED, "Only format=json is offered.");
		}
		String site = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
		String query = timelineQuery(url, site);
		if (query == null) {
			return problem(HttpStatus.NOT_FOUND, "'url' must be the address of this site's timeline (" + site
					+ "/ with any filters) or of one of its embeds (" + site + "/embed?...).");
		}
		int width = (maxWidth != null && maxWidth > 0) ? Math.min(WIDTH, maxWidth) : WIDTH;
		int height = (maxHeight != null && maxHeight > 0) ? Math.min(HEIGHT, maxHeight) : HEIGHT;
		String title = this.messages.getMessage("embed.title", null, LocaleContextHolder.getLocale());
		String embed = site + "/embed" + ((query.isEmpty()) ? "" : "?" + query);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.body(new OEmbed("1.0", "rich", "Backchannel", site + "/", title, iframe(embed, title, width, height),
					width, height));
	}

	/**
	 * The iframe code for an /embed address, as the timeline's "Embed" button shows it.
	 */
	static String iframe(String embedUrl) {
		return iframe(embedUrl, "Backchannel: timeline of contacts", WIDTH, HEIGHT);
	}

	/**
	 * The frame, and the small script that lets it take its content's height (the embed
	 * reports it); without the script the frame keeps the height given.
	 */
	static String iframe(String embedUrl, String title, int width, int height) {
		int embed = embedUrl.lastIndexOf("/embed");
		String site = (embed >= 0) ? embedUrl.substring(0, embed) : "";
		return "<iframe src=\"" + HtmlUtils.htmlEscape(embedUrl) + "\" title=\"" + HtmlUtils.htmlEscape(title)
				+ "\" width=\"" + width + "\" height=\"" + height
				+ "\" loading=\"lazy\" data-backchannel-embed style=\"border:0;max-width:100%\"></iframe>"
				+ "<script src=\"" + HtmlUtils.htmlEscape(site) + "/assets/js/embed-resize.js\" async></script>";
	}

	/**
	 * The raw query of a timeline or embed address on this site ("" for none), or null
	 * for any other address.
	 */
	static String timelineQuery(String url, String site) {
		if (url == null || url.isBlank()) {
			return null;
		}
		try {
			URI given = new URI(url.strip());
			URI own = new URI(site);
			if (given.getScheme() == null || given.getHost() == null || !given.getHost().equalsIgnoreCase(own.getHost())
					|| given.getPort() != own.getPort()) {
				return null;
			}
			String path = (given.getRawPath() == null || given.getRawPath().isEmpty()) ? "/" : given.getRawPath();
			String base = (own.getRawPath() == null) ? "" : own.getRawPath();
			if (!path.equals(base + "/") && !path.equals(base + "/embed")) {
				return null;
			}
			return (given.getRawQuery() != null) ? given.getRawQuery().replace("\"", "%22") : "";
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ProblemDetail.forStatusAndDetail(status, detail));
	}

}
