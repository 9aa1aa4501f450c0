package cn.anjian.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import cn.anjian.IntegrationTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12 in headless Chromium at 1280 and 390 px: the workbench of a director (counts, the ECharts chart) and
 * of a technical inspector (own work only), the top-bar search with grouped results, and an enterprise's page
 * with its history. Fails on a console error (e.g. a CSP violation) or horizontal overflow.
 */
@IntegrationTest
class WorkbenchBrowserTests {

    static final Path SHOTS = Paths.get("target/screenshots");

    @LocalServerPort
    int port;

    @Test
    @DisplayName("workbench, search and enterprise history work at 1280 and 390 px without console errors")
    void journeys() throws Exception {
        Files.createDirectories(SHOTS);
        try (Playwright playwright = Playwright.create(); Browser browser = cn.anjian.Browsers.launch(playwright)) {
            for (int width : new int[] {1280, 390}) {
                director(browser, width);
                inspector(browser, width);
            }
        }
    }

    private Page login(Browser browser, int width, String user, List<String> errors) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, 900).setLocale("zh-CN"));
        Page page = context.newPage();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                errors.add(m.text());
            }
        });
        page.navigate(base() + "/login");
        page.fill("#username", user);
        page.fill("#password", "Anjian@2026");
        page.click("button[type=submit]");
        page.waitForURL(u -> !u.contains("/login"));
        return page;
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private void check(Page page, String shot, List<String> errors) {
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(shot)).setFullPage(true));
        assertThat(page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1")).as(shot + " overflows").isEqualTo(false);
        assertThat(errors).as(shot + " console errors").isEmpty();
    }

    private void director(Browser browser, int width) {
        List<String> errors = new ArrayList<>();
        Page page = login(browser, width, "zz_director", errors);
        page.navigate(base() + "/");
        assertThat(page.locator("#count-overdue")).isVisible();
        assertThat(page.locator("#count-stage-investigation")).isVisible();
        assertThat(page.locator("#cases-by-month canvas")).hasCount(1);
        check(page, "home-director-" + width + ".png", errors);

        page.fill("#top-search-q", "巴公");
        page.press("#top-search-q", "Enter");
        page.waitForURL(u -> u.contains("/search"));
        assertThat(page.locator("#search-enterprise")).containsText("巴公煤业");
        check(page, "search-director-" + width + ".png", errors);

        page.click("#search-enterprise a:has-text('巴公煤业')");
        assertThat(page.locator("#contacts")).isVisible();
        assertThat(page.locator("#enterprise-cases")).isVisible();
        check(page, "enterprise-director-" + width + ".png", errors);
        page.context().close();
    }

    private void inspector(Browser browser, int width) {
        List<String> errors = new ArrayList<>();
        Page page = login(browser, width, "zz_inspector", errors);
        page.navigate(base() + "/");
        assertThat(page.locator("#panel-counts")).isVisible();
        assertThat(page.locator("#panel-cases")).hasCount(0);
        check(page, "home-inspector-" + width + ".png", errors);
        page.context().close();
    }
}
