package org.backchannel.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Debian Chromium for end-to-end tests: register with
 * {@code @ExtendWith(Browser.class)} and take a {@link WebDriver} parameter. When a test
 * fails, a screenshot and the page source are kept under
 * {@code target/browser-failures/}.
 */
public class Browser implements ParameterResolver, TestWatcher {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Browser.class);

	private static final Path FAILURES = Path.of("target", "browser-failures");

	public static WebDriver start() {
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
				"--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
				"--window-size=1280,1024");
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return driver;
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == WebDriver.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return context.getStore(NAMESPACE)
			.computeIfAbsent(Session.class, (key) -> new Session(start()), Session.class)
			.driver();
	}

	@Override
	public void testFailed(ExtensionContext context, Throwable cause) {
		driver(context).ifPresent((driver) -> {
			try {
				Files.createDirectories(FAILURES);
				String name = context.getRequiredTestClass().getSimpleName() + "-"
						+ context.getDisplayName().replaceAll("[^A-Za-z0-9]+", "_");
				byte[] png = ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES);
				Files.write(FAILURES.resolve(name + ".png"), png);
				Files.writeString(FAILURES.resolve(name + ".html"), driver.getPageSource());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	private static Optional<WebDriver> driver(ExtensionContext context) {
		return Optional.ofNullable(classStore(context).get(Session.class, Session.class)).map(Session::driver);
	}

	private static ExtensionContext.Store classStore(ExtensionContext context) {
		ExtensionContext classContext = context;
		while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
			classContext = classContext.getParent().get();
		}
		return classContext.getStore(NAMESPACE);
	}

	/**
	 * Quits the browser when the test's store closes, after any failure screenshot was
	 * taken.
	 */
	private record Session(WebDriver driver) implements AutoCloseable {

		@Override
		public void close() {
			this.driver.quit();
		}

	}

}
