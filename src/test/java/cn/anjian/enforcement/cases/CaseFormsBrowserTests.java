package cn.anjian.enforcement.cases;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors.TestActor;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.items.CaseItems;
import cn.anjian.enforcement.items.EnforcementItems;
import cn.anjian.settings.SettingsTestSupport;
import cn.anjian.settings.internal.SettingStore;
import cn.anjian.settings.internal.SettingsAdministration;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The decision form (CASE-17) and the new-case form's basis picker (CASE-04) in Chromium at 1280 px. */
@IntegrationTest
class CaseFormsBrowserTests {

    static final Path SHOTS = Paths.get("target/screenshots");
    static final String LR_THRESHOLD = "legalreview.fine-threshold-organization";
    static final TestActor PROVINCE = cn.anjian.TestActors.actor("cfb-item-admin", 1, "/1/", "item:read", "item:manage");

    @LocalServerPort int port;
    @Autowired DecisionStageCases decisionCases;
    @Autowired CaseFixtures fx;
    @Autowired CaseItems caseItems;
    @Autowired EnforcementItems items;
    @Autowired JdbcClient jdbc;
    @Autowired SettingsAdministration settings;
    @Autowired SettingStore store;

    @AfterEach
    void reset() {
        SettingsTestSupport.reset(jdbc, store, LR_THRESHOLD);
    }

    Page login(Browser browser, String user, List<String> errors) {
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("zh-CN")).newPage();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                errors.add(m.text());
            }
        });
        page.navigate("http://127.0.0.1:" + port + "/login");
        page.fill("#username", user);
        page.fill("#password", "Anjian@2026");
        page.click("button[type=submit]");
        page.waitForURL(u -> !u.contains("/login"));
        return page;
    }

    @Test
    @DisplayName("CASE-17 at 1280 px: the decision form shows the suggested range, refuses 50,000.01 without a reason next to the reason field, issues it with one")
    void decisionForm() throws Exception {
        SettingsTestSupport.schedule(settings, LR_THRESHOLD, "10000000", fx.today());
        long item = items.create(PROVINCE, new EnforcementItems.Input("T-CFB-1", "测试事项 浏览器", "PENALTY",
                "《中华人民共和国安全生产法》", "第一百零二条", "处五万元以下的罚款。", "ALL", true,
                List.of(new EnforcementItems.BenchmarkInput("未采取措施消除事故隐患", "一般", "10000", "50000", "二项以上"))));
        CaseRef c = decisionCases.penaltyCase("浏览器裁量测试案");
        caseItems.choose(decisionCases.zz(), c.id(), item, 0, null);
        Files.createDirectories(SHOTS);
        List<String> errors = new ArrayList<>();
        try (Playwright playwright = Playwright.create(); Browser browser = cn.anjian.Browsers.launch(playwright)) {
            Page page = login(browser, "zz_unithead", errors);
            page.navigate("http://127.0.0.1:" + port + "/cases/" + c.id() + "#decision");
            assertThat(page.locator("#suggested-fine")).containsText("10,000–50,000 元");
            page.selectOption("#dec-kind", "PENALTY");
            page.fill("#dec-fine", "50000.01");
            page.fill("#dec-summary", "未采取措施消除事故隐患");
            page.click("#decision-form button[type=submit]");
            assertThat(page.locator("#dec-reason")).hasClass(java.util.regex.Pattern.compile("is-invalid"));
            assertThat(page.locator("#decision-form")).containsText("10,000–50,000 元");
            page.locator("#decision").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                    .setPath(SHOTS.resolve("decision-form-refused-1280.png")));
            page.fill("#dec-reason", "拒不整改，依法从重处罚");
            page.click("#decision-form button[type=submit]");
            assertThat(page.locator("#decision-range")).containsText("罚款超出幅度");
            assertThat(page.locator("#decision-reason")).containsText("拒不整改，依法从重处罚");
            page.locator("#decision").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                    .setPath(SHOTS.resolve("decision-issued-1280.png")));
        }
        // the refused form comes back as the page with status 422 (the browser logs that status); nothing else may fail
        assertThat(errors).allMatch(m -> m.contains("status of 422"));
    }

    @Test
    @DisplayName("CASE-04 at 1280 px: the new-case form offers the complaints for 投诉举报 only, hides the typed basis once one is picked, and the case links it")
    void newCaseForm() throws Exception {
        TestActor zz = fx.zz();
        long s = jdbc.sql("""
                        INSERT INTO cmp_submission (tracking_code, channel, kind, title, content, agency_id, jurisdiction_id,
                            scope_path, status, submitted_at)
                        VALUES (:code, 'PUBLIC_PORTAL', 'VIOLATION_CLUE', '浏览器测试举报', '内容', :a, :j, :p, 'SUBMITTED', :at) RETURNING id""")
                .param("code", "T-CFB-" + System.nanoTime() % 1_000_000).param("a", zz.agencyId()).param("j", zz.jurisdictionId())
                .param("p", zz.scope().path()).param("at", Timestamp.from(fx.clock.instant().minusSeconds(86_400)))
                .query(Long.class).single();
        Files.createDirectories(SHOTS);
        List<String> errors = new ArrayList<>();
        try (Playwright playwright = Playwright.create(); Browser browser = cn.anjian.Browsers.launch(playwright)) {
            Page page = login(browser, "zz_officer", errors);
            page.navigate("http://127.0.0.1:" + port + "/cases/new");
            page.selectOption("#source", "ASSIGNMENT");
            assertThat(page.locator("#origin-field")).isHidden();
            assertThat(page.locator("#basisTitle")).isVisible();
            page.selectOption("#source", "COMPLAINT");
            assertThat(page.locator("#origin-field")).isVisible();
            // ids of different kinds may coincide: pick the complaint by its label, as a user does
            LocalDate on = LocalDate.ofInstant(fx.clock.instant().minusSeconds(86_400), cn.anjian.kernel.Zones.SHANGHAI);
            page.fill("#origin-q", "浏览器测试");
            page.locator(".origin-suggestion", new Page.LocatorOptions().setHasText("浏览器测试举报（" + on + "）")).click();
            assertThat(page.locator("#originId")).hasValue(String.valueOf(s));
            assertThat(page.locator("#basisTitle")).isHidden();
            page.selectOption("#kind", "INSPECTION");
            page.fill("#title", "浏览器依据记录立案");
            page.selectOption("#enterpriseId", new SelectOption().setIndex(1));
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("case-new-origin-1280.png")).setFullPage(true));
            page.click("#case-form button[type=submit]");
            page.waitForURL(u -> u.matches(".*/cases/\\d+.*"));
            assertThat(page.locator("#origin-link")).containsText("浏览器测试举报");
            assertThat(page.locator("#origin-link")).hasAttribute("href", "/complaints/submissions/" + s);
        }
        assertThat(errors).isEmpty();
    }
}
