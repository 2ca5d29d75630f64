package org.backchannel.testing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import nu.validator.validation.SimpleDocumentValidator;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every page is checked for in a real browser: axe-core's WCAG 2.x A and AA rules
 * (run on the tests' own Chromium; nothing is downloaded), the Nu HTML checker on the
 * served HTML (in-process), and no sideways scrolling. Screenshots of a page that fails
 * are kept under {@code target/browser-failures/}.
 */
public final class PageChecks {

	public static final Dimension PHONE = new Dimension(375, 812);

	public static final Dimension DESKTOP = new Dimension(1280, 1024);

	private static final Path FAILURES = Path.of("target", "browser-failures");

	private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private PageChecks() {
	}

	/** axe-core's WCAG A/AA violations on the page the browser shows, one line each. */
	public static List<String> axeViolations(WebDriver browser) {
		Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(browser);
		List<String> violations = new ArrayList<>();
		for (Rule rule : results.getViolations()) {
			String targets = rule.getNodes()
				.stream()
				.map((node) -> String.valueOf(node.getTarget()) + " " + node.getFailureSummary())
				.collect(Collectors.joining("; "));
			violations.add(rule.getId() + ": " + rule.getHelp() + " [" + targets + "]");
		}
		return violations;
	}

	/** How far the page is wider than the window (0 when nothing scrolls sideways). */
	public static long sidewaysOverflow(WebDriver browser) {
		Object overflow = ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		return ((Number) overflow).longValue();
	}

	/**
	 * The elements wider than the window, to say which one makes a page scroll sideways.
	 */
	@SuppressWarnings("unchecked")
	public static List<String> overflowingElements(WebDriver browser) {
		return (List<String>) ((JavascriptExecutor) browser)
			.executeScript("var w = document.documentElement.clientWidth; var out = [];"
					+ "document.querySelectorAll('body *').forEach(function (e) {"
					+ "  var r = e.getBoundingClientRect();"
					+ "  if (r.right > w + 1 && r.width > 0) { out.push(e.tagName + (e.id ? '#' + e.id : '')"
					+ "    + '.' + e.className + ' right=' + Math.round(r.right)); } });" + "return out.slice(0, 10);");
	}

	/**
	 * Every contact-status badge on the page as the browser draws it: its text, whether
	 * it is shown (in the layout, with a size, not hidden) and the WCAG contrast ratio of
	 * its computed text colour against the first opaque background behind it.
	 */
	public static List<Map<String, Object>> statusBadges(WebDriver browser) {
		return badges(browser, ".contact-status");
	}

	/**
	 * Every confirmation-level badge on the page, as {@link #statusBadges} reads them.
	 */
	public static List<Map<String, Object>> confirmationBadges(WebDriver browser) {
		return badges(browser, ".confirmation-badge");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> badges(WebDriver browser, String selector) {
		return (List<Map<String, Object>>) ((JavascriptExecutor) browser).executeScript(BADGES, selector);
	}

	private static final String BADGES = """
			function rgba(text) {
			  var p = text.match(/[\\d.]+/g).map(Number);
			  return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
			}
			function luminance(c) {
			  function channel(v) { v = v / 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }
			  return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
			}
			function background(e) {
			  for (; e; e = e.parentElement) {
			    var c = rgba(getComputedStyle(e).backgroundColor);
			    if (c.a >= 1) { return c; }
			  }
			  return { r: 255, g: 255, b: 255, a: 1 };
			}
			return Array.from(document.querySelectorAll(arguments[0])).map(function (e) {
			  var s = getComputedStyle(e), r = e.getBoundingClientRect();
			  var fg = luminance(rgba(s.color)), bg = luminance(background(e));
			  return {
			    text: e.textContent.trim(),
			    visible: r.width > 0 && r.height > 0 && s.visibility === 'visible' && s.display !== 'none'
			      && parseFloat(s.opacity) === 1,
			    contrast: (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05)
			  };
			});
			""";

	/** The Nu HTML checker's errors for a document, one line each. */
	public static List<String> htmlErrors(String html) {
		List<String> errors = new ArrayList<>();
		ErrorHandler handler = new ErrorHandler() {

			@Override
			public void warning(SAXParseException ex) {
			}

			@Override
			public void error(SAXParseException ex) {
				errors.add(ex.getLineNumber() + ":" + ex.getColumnNumber() + " " + ex.getMessage());
			}

			@Override
			public void fatalError(SAXParseException ex) {
				error(ex);
			}

		};
		try {
			SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
			validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", handler);
			validator.setUpValidatorAndParsers(handler, false, false);
			validator.checkHtmlInputSource(new InputSource(new StringReader(html)));
		}
		catch (Exception ex) {
			throw new IllegalStateException("The HTML checker failed to run", ex);
		}
		return errors;
	}

	/**
	 * Keeps a screenshot and the source of what the browser shows, named after a check.
	 */
	public static void keepScreenshot(WebDriver browser, String name) {
		try {
			Files.createDirectories(FAILURES);
			String file = name.replaceAll("[^A-Za-z0-9]+", "_");
			Files.write(FAILURES.resolve(file + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
			Files.writeString(FAILURES.resolve(file + ".html"), browser.getPageSource());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Tabs through the whole page from its top and lists every element that got the focus
	 * without a visible outline or ring.
	 */
	public static List<String> keyboardWalk(WebDriver browser) {
		JavascriptExecutor js = (JavascriptExecutor) browser;
		js.executeScript("window.scrollTo(0, 0); if (document.activeElement) { document.activeElement.blur(); }");
		List<String> unmarked = new ArrayList<>();
		String first = null;
		int visited = 0;
		for (int i = 0; i < 500; i++) {
			new Actions(browser).sendKeys(Keys.TAB).perform();
			List<?> focus = (List<?>) js.executeScript("var e = document.activeElement;"
					+ "if (!e || e === document.body) { return null; }" + "var s = getComputedStyle(e);"
					+ "var d = e.tagName + (e.id ? '#' + e.id : '') + (e.getAttribute('href') ? '[' + e.getAttribute('href') + ']' : '')"
					+ " + (e.name ? '[name=' + e.name + ']' : '') + ' ' + (e.textContent || '').trim().slice(0, 30);"
					+ "var outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;"
					+ "var ring = s.boxShadow && s.boxShadow !== 'none';" + "return [d, outline || ring];");
			if (focus == null) {
				break;
			}
			String element = (String) focus.get(0);
			if (element.equals(first)) {
				break;
			}
			if (first == null) {
				first = element;
			}
			visited++;
			if (!Boolean.TRUE.equals(focus.get(1))) {
				unmarked.add(element);
			}
		}
		assertThat(visited).as("focusable elements reached").isGreaterThan(5);
		return unmarked;
	}

}
