package org.backchannel.web.account;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.backchannel.web.page.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in form; Spring Security processes its POST.
 */
@PageController
class LoginController {

	@GetMapping("/login")
	String showLoginForm(@RequestParam(name = "from", required = false) String from,
			@RequestHeader(name = "Referer", required = false) String referer, HttpServletRequest request,
			Model model) {
		String returnTo = (from != null) ? from : sameSitePath(referer, request);
		model.addAttribute("from", (returnTo != null && returnTo.startsWith("/") && !returnTo.startsWith("//")
				&& !returnTo.startsWith("/login")) ? returnTo : null);
		return "login";
	}

	/**
	 * The page the user clicked "sign in" on, when it belongs to this site.
	 */
	private static String sameSitePath(String referer, HttpServletRequest request) {
		if (referer == null) {
			return null;
		}
		try {
			URI uri = URI.create(referer);
			int port = (uri.getPort() != -1) ? uri.getPort() : ("https".equals(uri.getScheme()) ? 443 : 80);
			if (!request.getServerName().equalsIgnoreCase(uri.getHost()) || port != request.getServerPort()
					|| uri.getRawPath() == null) {
				return null;
			}
			return (uri.getRawQuery() != null) ? uri.getRawPath() + "?" + uri.getRawQuery() : uri.getRawPath();
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
