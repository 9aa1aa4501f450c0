package cn.anjian.settings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;

import cn.anjian.Browsers;
import cn.anjian.IntegrationTest;
import cn.anjian.MutableClock;
import cn.anjian.settings.internal.SettingStore;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The settings page in a real browser, on a phone-width screen, as the demo's province and city administrators. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SettingsBrowserTests {

    static final Path SHOTS = Paths.get("target/screenshots");
    static final String KEY = "enforcement.case-time-limit-days";

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired SettingStore store;
    @Autowired MutableClock clock;

    Playwright playwright;
    Browser browser;
    BrowserContext context;
    Page page;

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

    @BeforeEach
    void newContext() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setLocale("zh-CN"));
        page = context.newPage();
    }

    @AfterEach
    void cleanUp() {
        context.close();
        SettingsTestSupport.reset(jdbc, store, KEY);
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    void login(String username) {
        page.navigate(url("/login"));
        page.fill("#username", username);
        page.fill("#password", "Anjian@2026");
        page.click("button[type=submit]");
        cn.anjian.TestActors.answerSecondStep(page, jdbc, clock, username); // issue 13: administrators' second factor
    }

    @Test
    @DisplayName("CASE-13 the province administrator schedules a new case time limit on a 390 px screen; errors show inline first")
    void provinceAdminSchedules() {
        login("sx_sysadmin");
        page.navigate(url("/admin/settings"));
        Locator card = page.locator("[id='setting-" + KEY + "']");
        assertThat(card).containsText("90 日");
        card.locator("summary").click();
        card.locator("input[name=value]").fill("400");
        card.locator("input[name=effectiveFrom]").fill(LocalDate.now(clock).minusDays(1).toString());
        card.locator("button[type=submit]").click();
        card = page.locator("[id='setting-" + KEY + "']");
        assertThat(card.locator(".invalid-feedback")).hasCount(3);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("settings-errors-phone.png")).setFullPage(true));
        assertThat(page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1")).isEqualTo(false);

        card.locator("input[name=value]").fill("60");
        card.locator("input[name=effectiveFrom]").fill(LocalDate.now(clock).plusDays(30).toString());
        card.locator("input[name=reason]").fill("晋应急发〔2027〕1号");
        card.locator("button[type=submit]").click();
        assertThat(page.locator(".alert-success")).containsText("60 日");
        assertThat(page.locator("[id='setting-" + KEY + "'] table.history")).containsText("待生效");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("settings-phone.png")).setFullPage(true));
    }

    @Test
    @DisplayName("a city system administrator sees the settings read-only")
    void cityAdminReads() {
        login("jc_sysadmin");
        page.navigate(url("/admin/settings"));
        assertThat(page.locator("#read-only-note")).isVisible();
        assertThat(page.locator("summary")).hasCount(0);
    }
}
