package cn.anjian.enforcement.plans;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import cn.anjian.Browsers;
import cn.anjian.IntegrationTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** zz_unithead on a 390 px phone: the demo plan, the demo draw with 复核, a refused draw form, joint operations, the portal. */
@IntegrationTest
class PlansBrowserTests {

    static final Path SHOTS = Paths.get("target/screenshots");

    @LocalServerPort
    int port;

    @Test
    @DisplayName("plan, draw and joint-operation pages are usable at 390 px")
    void phone() throws Exception {
        Files.createDirectories(SHOTS);
        try (Playwright playwright = Playwright.create(); Browser browser = Browsers.launch(playwright)) {
            Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setLocale("zh-CN")).newPage();
            String base = "http://127.0.0.1:" + port;
            page.navigate(base + "/login");
            page.fill("#username", "zz_unithead");
            page.fill("#password", "Anjian@2026");
            page.click("button[type=submit]");
            page.waitForURL(u -> !u.contains("/login"));

            page.navigate(base + "/plans?year=2026");
            assertThat(page.locator("#plan-table")).containsText("2026 年度安全生产监督检查计划");
            shot(page, "plans-phone.png");
            page.click("#plan-table a:text('2026 年度安全生产监督检查计划')");
            assertThat(page.locator("#plan-status")).containsText("已公布施行");
            assertThat(page.locator("#approval")).containsText("局长审批");
            shot(page, "plan-phone.png");

            // drafting through the pages: create, an inline refusal on the item form, a valid item, submit
            page.navigate(base + "/plans/new");
            page.fill("#year", "2045");
            page.click("#plan-form button[type=submit]");
            assertThat(page.locator("#plan-status")).containsText("草稿");
            page.selectOption("#i-kind", "INDUSTRY");
            page.selectOption("#i-industry", "FIREWORKS");
            page.fill("#i-content", "烟花爆竹批发经营单位储存条件检查");
            page.fill("#i-unit", "安全生产执法监督股");
            page.fill("#i-count", "0");
            page.click("#item-form button[type=submit]");
            assertThat(page.locator("#item-error")).containsText("1 到 100000");
            assertThat(page.locator("#i-content")).hasValue("烟花爆竹批发经营单位储存条件检查");
            shot(page, "plan-draft-refused-phone.png");
            page.fill("#i-count", "6");
            page.click("#item-form button[type=submit]");
            assertThat(page.locator("#item-table")).containsText("烟花爆竹企业");
            page.click("#submit-plan");
            assertThat(page.locator("#plan-status")).containsText("审批中");
            assertThat(page.locator("#approval")).containsText("局长审批");

            page.navigate(base + "/plans/draws");
            page.click("#draw-table a:text('2026 年第四季度生产经营单位“双随机”抽查')");
            assertThat(page.locator("#result-table")).containsText("、");
            page.click("#verify-draw");
            assertThat(page.locator("#verify-ok")).containsText("复核一致");
            shot(page, "draw-phone.png");

            page.navigate(base + "/plans/draws/new");
            page.fill("#title", "浏览器测试抽查");
            page.fill("#per", "1");
            page.click("#draw-form button[type=submit]");
            assertThat(page.locator("#per ~ .invalid-feedback")).containsText("2 至 5 名");
            assertThat(page.locator("#title")).hasValue("浏览器测试抽查");
            shot(page, "draw-refused-phone.png");

            page.navigate(base + "/joint-operations");
            page.click("#joint-table a:text('泽州县危险化学品和加油加气站安全联合执法检查')");
            assertThat(page.locator("#joint-participants")).containsText("泽州县公安局");
            assertThat(page.locator("#joint-cases")).containsText("联合执法检查");
            shot(page, "joint-phone.png");
            page.navigate(base + "/joint-operations/new");
            page.fill("#title", "缺方案的行动");
            page.click("#joint-form button[type=submit]");
            assertThat(page.locator("#form-refusal")).containsText("请更正标出的");
            assertThat(page.locator("#planTitle")).hasClass(java.util.regex.Pattern.compile("is-invalid"));
            assertThat(page.locator("#title")).hasValue("缺方案的行动");
            shot(page, "joint-refused-phone.png");

            page.navigate(base + "/public/notices?kind=INSPECTION_PLAN");
            assertThat(page.locator("body")).containsText("2026 年度监督检查计划");
            shot(page, "public-plans-phone.png");
            page.locator("a.list-group-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("泽州县应急管理局2026 年度监督检查计划")).first().click();
            assertThat(page.locator("#notice-content")).containsText("1. 山西晋城泽州巴公煤业有限公司");
            assertThat(page.locator("#notice-content br")).hasCount(6);
            shot(page, "public-plan-phone.png");
        }
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name)).setFullPage(true));
        assertThat(page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1")).isEqualTo(false);
    }
}
