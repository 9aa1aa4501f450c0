package cn.anjian.personnel;

import cn.anjian.Browsers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import cn.anjian.IntegrationTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** HR of Zezhou on a 390 px phone: officer list, an officer's page, the people list, the import page. */
@IntegrationTest
class OfficerBrowserTests {

    static final Path SHOTS = Paths.get("target/screenshots");

    @LocalServerPort
    int port;

    @Test
    @DisplayName("OFF pages are usable at 390 px: no horizontal page overflow, forms and lists visible")
    void phone() throws Exception {
        Files.createDirectories(SHOTS);
        try (Playwright playwright = Playwright.create();
             Browser browser = Browsers.launch(playwright)) {
            Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setLocale("zh-CN")).newPage();
            String base = "http://127.0.0.1:" + port;
            page.navigate(base + "/login");
            page.fill("#username", "zz_hr");
            page.fill("#password", "Anjian@2026");
            page.click("button[type=submit]");
            page.waitForURL(u -> !u.contains("/login"));

            page.navigate(base + "/personnel/officers");
            assertThat(page.locator("#officer-table")).isVisible();
            page.fill("#f-name", "王建国");
            page.click("#filter-form button[type=submit]");
            assertThat(page.locator("#officer-table")).containsText("王建国");
            assertThat(page.locator("#post-cases")).containsText("执法证被吊销");
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("officers-phone.png")).setFullPage(true));
            assertThat(page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1")).isEqualTo(false);

            page.click("#officer-table a:text('王建国')");
            assertThat(page.locator("#eligibility")).containsText("可以执法");
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("officer-phone.png")).setFullPage(true));
            assertThat(page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1")).isEqualTo(false);

            // inline validation: 79 h is not the point here, a certificate for an officer without training is
            page.navigate(base + "/personnel/officers?name=杨磊");
            page.click("#officer-table a:text('杨磊')");
            page.fill("#c-number", "晋执BROWSER1");
            page.fill("#c-from", "2025-01-01");
            page.fill("#c-to", "2029-12-31");
            page.click("#certificate-form button[type=submit]");
            assertThat(page.locator("#certificate-error")).containsText("不足 80 学时");
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("officer-refused-phone.png")).setFullPage(true));

            page.navigate(base + "/personnel/people?name=王建国");
            assertThat(page.locator("#people-table")).containsText("王建国");
            assertThat(page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1")).isEqualTo(false);
            page.navigate(base + "/personnel/officers/import");
            assertThat(page.locator("#template-link")).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("import-phone.png")).setFullPage(true));
            assertThat(page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1")).isEqualTo(false);
        }
    }
}
