package cn.anjian.journeys;

import cn.anjian.Browsers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import cn.anjian.IntegrationTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The main user journeys in headless Chromium (Debian's /usr/bin/chromium, never a downloaded
 * browser). Screenshots go to target/screenshots for a human look.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserJourneyTests {

    static final Path SHOTS = Paths.get("target/screenshots");

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @org.springframework.beans.factory.annotation.Autowired
    java.time.Clock clock;

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
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("zh-CN"));
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        context.close();
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

    void shot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Test
    @DisplayName("An officer signs in, sees the home panels and the scoped deadline list (ORG-03)")
    void officerJourney() {
        login("zz_officer");
        assertThat(page.locator("#current-agency")).hasText("泽州县应急管理局");
        assertThat(page.locator("#panel-overdue")).not().containsText("加载中");
        assertThat(page.locator("#panel-todos")).not().containsText("加载中");
        shot("home-officer");
        page.navigate(url("/calendar/deadlines"));
        assertThat(page.locator("body")).containsText("泽州");
        assertThat(page.locator("body")).not().containsText("神池");
        shot("deadlines-officer");
    }

    @Test
    @DisplayName("Pages work on a 390 px phone screen")
    void phoneWidth() {
        page.setViewportSize(390, 844);
        login("zz_officer");
        shot("home-phone");
        Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1");
        assertThat(overflow).isEqualTo(false);
        page.navigate(url("/calendar/deadlines"));
        shot("deadlines-phone");
    }

    @Test
    @DisplayName("The system administrator browses the division tree and the holiday calendar")
    void sysadminJourney() {
        login("sx_sysadmin");
        page.navigate(url("/org/divisions"));
        assertThat(page.locator("body")).containsText("山西省");
        shot("divisions-sysadmin");
        page.navigate(url("/calendar/holidays?year=2026"));
        assertThat(page.locator("body")).containsText("春节");
        shot("holidays-sysadmin");
    }

    @Test
    @DisplayName("The audit administrator verifies the chain; a wrong password is refused in Chinese")
    void auditAndLogin() {
        page.navigate(url("/login"));
        page.fill("#username", "zz_officer");
        page.fill("#password", "wrong-password");
        page.click("button[type=submit]");
        assertThat(page.locator("#login-error")).isVisible();
        shot("login-error");
        login("sx_auditadmin");
        page.navigate(url("/audit/verify"));
        shot("audit-verify");
        assertThat(page.locator("body")).containsText("校验");
    }
}
