package org.atelier.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser tests: the whole application on a random port, driven by a real Chromium
 * through Playwright. Every page a test visits through {@link #visit} or {@link #checkPage} is
 * checked with axe-core (no serious or critical WCAG 2.1 A/AA violation) and any browser console
 * error (a Content-Security-Policy violation, a failing script) fails the test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("browser")
public abstract class BrowserTestBase {

	@LocalServerPort
	protected int port;

	protected BrowserContext context;
	protected Page page;
	private final List<String> consoleErrors = new ArrayList<>();
	private boolean errorStatusExpected;

	@BeforeEach
	void openBrowserContext() {
		context = SharedBrowser.get().newContext(new Browser.NewContextOptions().setLocale("en-GB"));
		page = context.newPage();
		page.setDefaultTimeout(15_000);
		page.onConsoleMessage(msg -> {
			if ("error".equals(msg.type()) && !(errorStatusExpected
					&& msg.text().startsWith("Failed to load resource: the server responded with a status of 4")
					&& msg.location() != null && msg.location().startsWith(page.url() + ":"))) {
				consoleErrors.add(msg.text() + " (" + msg.location() + ")");
			}
		});
		page.onPageError(consoleErrors::add);
	}

	@AfterEach
	void closeBrowserContext() {
		if (context != null) {
			context.close();
		}
		assertThat(consoleErrors).as("browser console errors").isEmpty();
	}

	/**
	 * Declares that the test opens pages answering 4xx on purpose (a 403 or 404 page), so the
	 * browser's report of that document's status is not an error; any other failure still is.
	 */
	protected void expectErrorStatusPages() {
		errorStatusExpected = true;
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** Opens a page and checks it for accessibility. */
	protected void visit(String path) {
		page.navigate(url(path));
		checkPage();
	}

	protected void signIn(String username, String password) {
		page.navigate(url("/login"));
		checkPage();
		page.getByLabel("User name").fill(username);
		page.getByLabel("Password").fill(password);
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Sign in")).click();
		page.waitForLoadState();
	}

	/** Runs axe-core on the current page; fails on any serious or critical violation. */
	protected void checkPage() {
		page.waitForLoadState();
		AxeResults results = new AxeBuilder(page)
			.withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze();
		List<Rule> severe = results.getViolations().stream()
			.filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
			.toList();
		assertThat(severe).as(() -> "accessibility violations on " + page.url() + ":\n" + severe.stream()
			.map(r -> r.getId() + " (" + r.getImpact() + "): " + r.getHelp() + " at "
					+ r.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
			.collect(Collectors.joining("\n"))).isEmpty();
	}

	/** One Chromium for the whole test JVM, closed when the JVM exits. */
	static final class SharedBrowser {

		private static Browser browser;

		static synchronized Browser get() {
			if (browser == null) {
				// With a system Chromium, Playwright must not fetch a browser of its own; without one
				// (a developer's laptop) it uses the browser it downloads itself.
				Path chromium = chromiumPath();
				Playwright playwright = Playwright.create(chromium == null ? new Playwright.CreateOptions()
						: new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
				var options = new BrowserType.LaunchOptions().setHeadless(true)
					.setArgs(List.of("--no-sandbox", "--disable-background-networking", "--disable-gpu",
							"--disable-component-update", "--disable-sync", "--no-first-run"));
				if (chromium != null) {
					options.setExecutablePath(chromium);
				}
				browser = playwright.chromium().launch(options);
				Runtime.getRuntime().addShutdownHook(new Thread(() -> {
					browser.close();
					playwright.close();
				}));
			}
			return browser;
		}

		private static Path chromiumPath() {
			String configured = System.getenv("ATELIER_CHROMIUM");
			if (configured != null && !configured.isBlank()) {
				return Path.of(configured);
			}
			Path debian = Path.of("/usr/bin/chromium");
			return Files.isExecutable(debian) ? debian : null;
		}
	}
}
