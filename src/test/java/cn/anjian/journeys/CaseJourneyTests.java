package cn.anjian.journeys;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;

import cn.anjian.Browsers;
import cn.anjian.IntegrationTest;
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
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The case journey in headless Chromium: an officer opens a case, forms the team, advances a stage, generates a document. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseJourneyTests {

    static final Path SHOTS = Paths.get("target/screenshots");

    @LocalServerPort
    int port;

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
        page.waitForURL(u -> !u.contains("/login"));
    }

    void shot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
    }

    boolean overflows() {
        return (Boolean) page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1");
    }

    /** Opens a case through the form, forms the team, advances to investigation and generates a record. */
    void journey(String title, String prefix) {
        login("zz_officer");
        page.navigate(url("/cases"));
        assertThat(page.locator("#case-table")).containsText("泽应急案");
        shot(prefix + "-list");
        page.click("#new-case");
        page.selectOption("#kind", "INSPECTION");
        page.selectOption("#source", "ANNUAL_PLAN");
        page.fill("#title", title);
        page.fill("#basisTitle", "泽州县应急管理局2026年度安全生产监督检查计划");
        page.fill("#basisNumber", "泽应急〔2026〕3号");
        page.fill("#basisDate", LocalDate.now().minusDays(1).toString());
        String enterprise = page.locator("#enterpriseId option", new Page.LocatorOptions().setHasText("巴公煤业")).first().getAttribute("value");
        page.selectOption("#enterpriseId", enterprise);
        shot(prefix + "-new");
        page.click("#case-form button[type=submit]");
        assertThat(page.locator("#case-number")).containsText("泽应急案");
        assertThat(page.locator("#case-stage")).hasText("程序启动");
        // team: leader and one member with valid certificates
        // issue 12 defect 6: people are picked by typing a name (or certificate number), not from a list of everyone
        page.fill("#team-leader-q", "王建国");
        page.locator(".team-picker[data-name=leader] .team-suggestion", new Page.LocatorOptions().setHasText("王建国")).first().click();
        page.fill("#team-members-q", "李秀英");
        page.locator(".team-picker[data-name=members] .team-suggestion", new Page.LocatorOptions().setHasText("李秀英")).first().click();
        page.click("#save-team");
        // the form is pre-filled with the saved team (names as the team table shows them; masking is defect 8's)
        assertThat(page.locator(".team-picker[data-name=leader] .team-chip")).containsText("晋执05250101");
        assertThat(page.locator(".team-picker[data-name=members] .team-chip")).hasCount(1);
        assertThat(page.locator("#team-table")).containsText("主办人");
        assertThat(page.locator("#team-table")).containsText("协办人");
        // advance one stage
        page.click("#advance");
        assertThat(page.locator("#case-stage")).hasText("调查取证");
        // generate the on-site inspection record
        page.selectOption("#doc-type", "INSPECTION_RECORD");
        page.fill("#doc-facts", "检查井下通风系统和安全监控系统，未发现问题");
        page.click("#generate");
        Locator docs = page.locator("#document-table");
        assertThat(docs).containsText("现场检查记录");
        assertThat(docs).containsText("泽应急检记");
        assertThat(page.locator("#timeline-list")).containsText("制作文书");
        shot(prefix + "-detail");
    }

    @Test
    @DisplayName("CASE-02 CASE-03 CASE-05 an officer opens a case, forms the team, advances a stage and generates a document (desktop)")
    void desktop() {
        journey("浏览器旅程测试-桌面", "case-desktop");
    }

    @Test
    @DisplayName("The case pages work on a 390 px phone screen")
    void phone() {
        page.setViewportSize(390, 844);
        journey("浏览器旅程测试-手机", "case-phone");
        assertThat(overflows()).isFalse();
        page.navigate(url("/cases"));
        assertThat(overflows()).isFalse();
        shot("case-phone-list-after");
    }

    @Test
    @DisplayName("CASE-09 a unit head sees the decision form of a case under review and the approved transfer of the demo data")
    void unitHead() {
        login("zz_unithead");
        page.navigate(url("/cases?party=" + java.net.URLEncoder.encode("兰花煤化工", java.nio.charset.StandardCharsets.UTF_8)));
        page.locator("#case-table a", new Page.LocatorOptions().setHasText("违规动火作业")).first().click();
        assertThat(page.locator("#case-stage")).hasText("审查决定");
        assertThat(page.locator("#decision-form")).isVisible();
        assertThat(page.locator("#document-table")).containsText("行政处罚告知书");
        assertThat(page.locator("#document-table")).containsText("直接送达");
        shot("case-unithead-decision");
        page.navigate(url("/cases?stage=ARCHIVED"));
        assertThat(page.locator("#case-table")).containsText("金鼎煤业");
        page.navigate(url("/cases?party=" + java.net.URLEncoder.encode("石灰岩矿", java.nio.charset.StandardCharsets.UTF_8)));
        page.locator("#case-table a", new Page.LocatorOptions().setHasText("移送案")).first().click();
        assertThat(page.locator("#transfer")).containsText("已批准移送");
        assertThat(page.locator("#transfer")).containsText("泽应急移");
        shot("case-unithead-transfer");
    }
}
