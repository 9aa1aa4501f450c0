package cn.anjian.enforcement.items;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import cn.anjian.IntegrationTest;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.Cases;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class CaseItemBrowserTests {

    static final Path SHOTS = Paths.get("target/screenshots");

    @LocalServerPort int port;
    @Autowired Cases cases;

    @Test
    @DisplayName("CASE-17 CASE-16 at 390 px: the catalogue, the case's item panel with its range, the dossier page — no sideways scrolling")
    void phone() throws Exception {
        CaseRef penalty = cases.findByTitle(ItemDemoData.CASE_TITLE).orElseThrow();
        CaseRef archived = cases.findByTitle("金鼎煤业停产整顿期间违规生产查封案").orElseThrow();
        Files.createDirectories(SHOTS);
        try (Playwright playwright = Playwright.create();
             Browser browser = cn.anjian.Browsers.launch(playwright)) {
            Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setLocale("zh-CN")).newPage();
            String base = "http://127.0.0.1:" + port;
            page.navigate(base + "/login");
            page.fill("#username", "zz_officer");
            page.fill("#password", "Anjian@2026");
            page.click("button[type=submit]");
            page.waitForURL(u -> !u.contains("/login"));

            page.navigate(base + "/enforcement-items");
            assertThat(page.locator("#item-table")).containsText("AQ-CF-101");
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("enforcement-items-phone.png")).setFullPage(true));
            assertThat(page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1")).isEqualTo(false);

            page.navigate(base + "/cases/" + penalty.id());
            assertThat(page.locator("#case-item-range")).containsText("50,000–80,000 元");
            page.locator("#enforcement-item").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                    .setPath(SHOTS.resolve("case-item-panel-phone.png")));
            assertThat(page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1")).isEqualTo(false);

            page.navigate(base + "/cases/" + penalty.id() + "/enforcement-item");
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("case-item-choose-phone.png")).setFullPage(true));
            assertThat(page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1")).isEqualTo(false);

            page.navigate(base + "/cases/" + archived.id() + "/dossier");
            assertThat(page.locator("#archive-number")).containsText("安监档");
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("dossier-phone.png")).setFullPage(true));
            assertThat(page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1")).isEqualTo(false);
        }
    }
}
