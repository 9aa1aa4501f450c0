package cn.anjian.enterprises;

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

/** A Zezhou unit head on a 390 px phone: list, detail (conflicts, blacklist), the form with an inline refusal, import. */
@IntegrationTest
class EnterpriseBrowserTests {

    static final Path SHOTS = Paths.get("target/screenshots");

    @LocalServerPort
    int port;

    @Test
    @DisplayName("enterprise pages are usable at 390 px: no horizontal page overflow, inline validation shown")
    void phone() throws Exception {
        Files.createDirectories(SHOTS);
        try (Playwright playwright = Playwright.create();
             Browser browser = cn.anjian.Browsers.launch(playwright)) {
            Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setLocale("zh-CN")).newPage();
            String base = "http://127.0.0.1:" + port;
            page.navigate(base + "/login");
            page.fill("#username", "zz_unithead");
            page.fill("#password", "Anjian@2026");
            page.click("button[type=submit]");
            page.waitForURL(u -> !u.contains("/login"));

            page.navigate(base + "/enterprises?industry=COAL_MINE&q=巴公"); // other tests add enterprises to the same county
            assertThat(page.locator("#enterprise-table")).containsText("巴公煤业");
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("enterprises-phone.png")).setFullPage(true));
            assertThat(page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1")).isEqualTo(false);

            page.click("#enterprise-table a:text('山西晋城泽州巴公煤业有限公司')");
            assertThat(page.locator("#conflicts")).containsText("赵志强");
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("enterprise-phone.png")).setFullPage(true));
            assertThat(page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1")).isEqualTo(false);

            page.navigate(base + "/enterprises/new");
            page.fill("#name", "浏览器测试煤业");
            page.fill("#creditCode", "91350100M000100Y44");
            page.selectOption("#industry", "COAL_MINE");
            page.click("#enterprise-form button[type=submit]");
            assertThat(page.locator("#creditCode")).hasClass(java.util.regex.Pattern.compile("is-invalid"));
            assertThat(page.locator("#creditCode ~ .invalid-feedback")).containsText("校验位错误");
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("enterprise-refused-phone.png")).setFullPage(true));
            assertThat(page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1")).isEqualTo(false);

            page.navigate(base + "/enterprises/import");
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("enterprise-import-phone.png")).setFullPage(true));
            assertThat(page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1")).isEqualTo(false);
        }
    }
}
