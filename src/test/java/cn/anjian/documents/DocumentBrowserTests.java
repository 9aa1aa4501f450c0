package cn.anjian.documents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import cn.anjian.IntegrationTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The documents page on a 390 px phone, as the demo officer of 泽州县应急管理局. Headless Debian Chromium. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentBrowserTests {

    static final Path SHOTS = Paths.get("target/screenshots");

    @LocalServerPort
    int port;

    Playwright playwright;
    Browser browser;

    @BeforeAll
    void launch() throws Exception {
        Files.createDirectories(SHOTS);
        playwright = Playwright.create();
        browser = cn.anjian.Browsers.launch(playwright);
    }

    @AfterAll
    void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    @DisplayName("zz_officer previews the penalty-decision number format on a 390 px screen without horizontal overflow")
    void previewOnPhone() {
        try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setLocale("zh-CN"))) {
            Page page = context.newPage();
            page.navigate("http://127.0.0.1:" + port + "/login");
            page.fill("#username", "zz_officer");
            page.fill("#password", "Anjian@2026");
            page.click("button[type=submit]");
            page.waitForURL(u -> !u.contains("/login"));

            page.navigate("http://127.0.0.1:" + port + "/documents");
            page.selectOption("#p-type", "PENALTY_DECISION");
            page.click("#preview-form button[type=submit]");
            assertThat(page.locator("#preview-result")).containsText("泽应急罚〔");
            assertThat(page.locator("#blank-forms")).containsText("送达回执");
            // the preview reloads the page: measure once it has finished loading (flaky under load otherwise)
            page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
            Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1");
            assertThat(overflow).isEqualTo(false);
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("documents-phone.png")).setFullPage(true));
        }
    }
}
