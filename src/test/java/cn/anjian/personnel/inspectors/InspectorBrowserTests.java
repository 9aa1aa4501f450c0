package cn.anjian.personnel.inspectors;

import cn.anjian.Browsers;

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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The HR journey through the inspector pages in headless Chromium at phone width (390 px). */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InspectorBrowserTests {

    static final Path SHOTS = Paths.get("target/screenshots");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    Playwright playwright;
    Browser browser;

    @BeforeAll
    void launch() throws Exception {
        Files.createDirectories(SHOTS);
        playwright = Playwright.create();
        browser = Browsers.launch(playwright);
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

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    void noOverflow(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
        assertThat(page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1")).as(name).isEqualTo(false);
    }

    @Test
    @DisplayName("TI-01 TI-03 TI-15 HR at 390 px: inspector list with renewal reminder, a file, the plans and the campaign ranking")
    void phoneJourney() {
        var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setLocale("zh-CN"));
        Page page = context.newPage();
        page.navigate(url("/login"));
        page.fill("#username", "zz_hr");
        page.fill("#password", "Anjian@2026");
        page.click("button[type=submit]");
        page.waitForURL(u -> !u.contains("/login"));
        page.navigate(url("/personnel/inspectors"));
        assertThat(page.locator("#renewal-reminders")).containsText("陈国栋");
        noOverflow(page, "inspectors-phone");
        page.locator("#inspector-table a", new Page.LocatorOptions().setHasText("陈国栋")).click();
        assertThat(page.locator("#renewal-reminder")).isVisible();
        assertThat(page.locator("#team-eligibility")).containsText("可编入执法队伍");
        noOverflow(page, "inspector-detail-phone");
        page.navigate(url("/personnel/inspectors/plans"));
        assertThat(page.locator("#plan-list")).containsText("已批准");
        // TI-01: the approval timeline comes from the workflow fragment through htmx
        assertThat(page.locator("#plan-list")).containsText("同意，由县应急管理局组织实施");
        noOverflow(page, "inspector-plans-phone");
        long campaign = jdbc.sql("SELECT c.id FROM ti_campaign c JOIN ti_hiring_plan p ON p.id = c.plan_id WHERE p.title = :t")
                .param("t", InspectorDemoData.MARKER).query(Long.class).single();
        page.navigate(url("/personnel/inspectors/campaigns/" + campaign));
        assertThat(page.locator("#applicants")).containsText("第十二条");
        noOverflow(page, "inspector-campaign-phone");
        // a refused stage (skipping is impossible from the page; an empty result is refused inline)
        page.locator("#stage-form button").click();
        assertThat(page.locator("#s-results:invalid")).hasCount(1);
        context.close();
    }
}
