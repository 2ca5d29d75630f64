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

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
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

	/**
	 * axe-core's WCAG A/AA violations on the page the browser shows, one line each. Run
	 * with {@code axe.run} in the page itself (axe's "legacy" mode): the same rules on
	 * the same document, without the blank tab, second injection and hand-over of partial
	 * results that the default mode spends on each run for cross-origin frames (the pages
	 * have none). Every rule runs on every node, but only the violations are described
	 * node by node (axe's {@code resultTypes}): the passes, which nobody reads here, are
	 * not serialised and sent back for every element of the page.
	 */
	public static List<String> axeViolations(WebDriver browser) {
		AxeRunOnlyOptions tags = new AxeRunOnlyOptions();
		tags.setType("tag");
		tags.setValues(WCAG_TAGS);
		AxeRunOptions options = new AxeRunOptions();
		options.setRunOnly(tags);
		options.setResultTypes(List.of("violations"));
		Results results = new AxeBuilder().withOptions(options).setLegacyMode(true).analyze(browser);
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

	/** What a keyboard walk reached: how many elements, and those showing no focus. */
	public record FocusWalk(int visited, List<String> unmarked) {
	}

	/**
	 * Tabs through the whole page from its top and lists every element that got the focus
	 * without a visible outline or ring.
	 */
	public static FocusWalk keyboardWalk(WebDriver browser) {
		JavascriptExecutor js = (JavascriptExecutor) browser;
		js.executeScript("window.scrollTo(0, 0); if (document.activeElement) { document.activeElement.blur(); }");
		List<String> unmarked = new ArrayList<>();
		String first = null;
		int visited = 0;
		for (int i = 0; i < 500; i++) {
			new Actions(browser).sendKeys(Keys.TAB).perform();
			List<?> focus = (List<?>) js.executeScript(FOCUS);
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
		return new FocusWalk(visited, unmarked);
	}

	private static final String FOCUS = "var e = document.activeElement;"
			+ "if (!e || e === document.body) { return null; }" + "var s = getComputedStyle(e);"
			+ "var d = e.tagName + (e.id ? '#' + e.id : '') + (e.getAttribute('href') ? '[' + e.getAttribute('href') + ']' : '')"
			+ " + (e.name ? '[name=' + e.name + ']' : '') + ' ' + (e.textContent || '').trim().slice(0, 30);"
			+ "var outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;"
			+ "var ring = s.boxShadow && s.boxShadow !== 'none';" + "return [d, outline || ring];";

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

	/**
	 * The Nu HTML checker's errors for a document, one line each. One checker is set up
	 * (its schemas read) once and reused for every document, as vnu's command line does
	 * for many files.
	 */
	public static synchronized List<String> htmlErrors(String html) {
		try {
			if (checker == null) {
				checker = new HtmlChecker();
			}
			return checker.errors(html);
		}
		catch (Exception ex) {
			throw new IllegalStateException("The HTML checker failed to run", ex);
		}
	}

	private static HtmlChecker checker;

	/** A Nu validator set up once; each document's errors go to a list of their own. */
	private static final class HtmlChecker implements ErrorHandler {

		private final SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);

		private List<String> errors = new ArrayList<>();

		HtmlChecker() throws Exception {
			this.validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", this);
			this.validator.setUpValidatorAndParsers(this, false, false);
		}

		List<String> errors(String html) throws Exception {
			this.errors = new ArrayList<>();
			this.validator.checkHtmlInputSource(new InputSource(new StringReader(html)));
			return this.errors;
		}

		@Override
		public void warning(SAXParseException ex) {
		}

		@Override
		public void error(SAXParseException ex) {
			this.errors.add(ex.getLineNumber() + ":" + ex.getColumnNumber() + " " + ex.getMessage());
		}

		@Override
		public void fatalError(SAXParseException ex) {
			error(ex);
		}

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

}
