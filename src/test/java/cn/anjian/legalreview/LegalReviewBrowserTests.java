package cn.anjian.legalreview;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import cn.anjian.IntegrationTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The legal unit's pages as its staff use them, on a desk and on a phone (screenshots under target/screenshots). */
@IntegrationTest
class LegalReviewBrowserTests {

    static final Path SHOTS = Paths.get("target/screenshots");

    @LocalServerPort int port;

    @Test
    @DisplayName("LR-06 LR-11 the inbox, a review with its checkpoints, deadline and timeline, and the emergencies page render at 1280 and 390 px: no sideways scrolling, no errors, no login names")
    void inboxAndReview() throws Exception {
        Files.createDirectories(SHOTS);
        try (Playwright playwright = Playwright.create();
             Browser browser = cn.anjian.Browsers.launch(playwright)) {
            for (int width : new int[] {1280, 390}) {
                Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, 844).setLocale("zh-CN")).newPage();
                List<String> errors = new ArrayList<>();
                page.onConsoleMessage(m -> {
                    if ("error".equals(m.type())) {
                        errors.add(m.text());
                    }
                });
                String base = "http://127.0.0.1:" + port;
                page.navigate(base + "/login");
                page.fill("#username", "zz_legal");
                page.fill("#password", "Anjian@2026");
                page.click("button[type=submit]");
                page.waitForURL(u -> !u.contains("/login"));

                page.navigate(base + "/legal-review");
                assertThat(page.locator("#review-table")).isVisible();
                page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("legal-review-inbox-" + width + ".png")).setFullPage(true));
                assertThat(page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1")).isEqualTo(false);
                assertThat(page.content()).doesNotContain("zz_officer").doesNotContain("zz_legal");

                page.locator("#review-table a[href^='/legal-review/']").first().click();
                page.waitForURL(u -> u.matches(".*/legal-review/\\d+$"));
                assertThat(page.locator("#summary")).isVisible();
                assertThat(page.locator("#timeline")).isVisible();
                page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("legal-review-review-" + width + ".png")).setFullPage(true));
                assertThat(page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1")).isEqualTo(false);
                assertThat(page.content()).doesNotContain("zz_officer").doesNotContain("LR-0");

                page.navigate(base + "/legal-review/emergencies");
                assertThat(page.locator("#emergency-table")).isVisible();
                assertThat(page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1")).isEqualTo(false);
                assertThat(errors).isEmpty();
                page.context().close();
            }
        }
    }
}
