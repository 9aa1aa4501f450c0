package cn.anjian.publicity.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.anjian.Browsers;
import cn.anjian.IntegrationTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An anonymous citizen on a 390 px phone: the portal home, the certificate check, a complaint, and following it elsewhere. */
@IntegrationTest
class PortalBrowserTests {

    static final Path SHOTS = Paths.get(System.getProperty("portal.shots", "target/screenshots"));

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("PUB-01 PUB-02 CMP-01 PUB-12 an anonymous citizen at 390 px: home, certificate check, filing a complaint, following it with its code in a new browser, a published penalty on a private person (name masked, no ID number) and a revoked decision with its correction")
    void citizenOnAPhone() throws Exception {
        Files.createDirectories(SHOTS);
        String number = jdbc.sql("""
                        SELECT number FROM off_certificate WHERE status = 'VALID' AND valid_from <= current_date
                        AND valid_to >= current_date ORDER BY id LIMIT 1""").query(String.class).single();
        String base = "http://127.0.0.1:" + port;
        List<String> problems = new ArrayList<>();
        try (Playwright playwright = Playwright.create(); Browser browser = Browsers.launch(playwright)) {
            Browser.NewContextOptions phone = new Browser.NewContextOptions().setViewportSize(390, 844).setLocale("zh-CN");
            String code;
            try (BrowserContext citizen = browser.newContext(phone)) {
                Page page = watched(citizen.newPage(), problems);
                page.navigate(base + "/login");
                page.click("#public-portal-link");
                assertThat(page.locator("#portal-agency")).containsText("执法公示");
                assertThat(page.locator("#supervision-channels")).containsText("12345");
                assertThat(page.locator("#portal-footer")).containsText("主办单位");
                fits(page);
                shot(page, "portal-home-390.png");

                page.click("#section-certificates");
                page.fill("#number", number);
                page.click("#certificate-form button[type=submit]");
                assertThat(page.locator("#certificate-verdict")).containsText("有效");
                assertThat(page.locator("#certificate-holder")).not().isEmpty();
                fits(page);
                shot(page, "portal-certificate-390.png");

                page.navigate(base + "/public");
                page.click("#section-complaints");
                page.selectOption("#kind", "VIOLATION_CLUE");
                page.fill("#title", "某化工厂夜间偷排废水");
                page.fill("#content", "每晚十点后厂区东侧排污口有异味废水排出，已持续一周。");
                page.check("#anonymous");
                assertThat(page.locator("#contact-fields")).isHidden();
                // a wrong answer first: refused next to the field, the text stays, a new question is asked
                page.fill("#captcha", String.valueOf(Integer.parseInt(solve(page.locator("#captcha-question").innerText())) + 1));
                page.click("#complaint-submit");
                assertThat(page.locator("#captcha + .invalid-feedback, .invalid-feedback")).containsText("验证码答案不正确");
                assertThat(page.locator("#title")).hasValue("某化工厂夜间偷排废水");
                assertThat(page.locator("#captcha")).hasValue("");
                // the refused form itself answered 400 (Chrome logs that); nothing else may fail
                problems.removeIf(p -> p.contains("status of 400"));
                shot(page, "portal-complaint-refused-390.png");
                page.fill("#captcha", solve(page.locator("#captcha-question").innerText()));
                page.click("#complaint-submit");
                code = page.locator("#tracking-code").innerText().strip();
                assertThat(code).matches("JD[A-Z0-9]{16}");
                fits(page);
                shot(page, "portal-filed-390.png");
            }
            try (BrowserContext elsewhere = browser.newContext(phone)) {
                Page page = watched(elsewhere.newPage(), problems);
                page.navigate(base + "/public");
                page.click("#section-track");
                page.fill("#code", code);
                page.click("#track-form button[type=submit]");
                assertThat(page.locator("#track-status")).containsText("待受理");
                assertThat(page.locator("#track-result")).containsText("某化工厂夜间偷排废水");
                fits(page);
                shot(page, "portal-track-390.png");
            }
            try (BrowserContext reader = browser.newContext(phone)) {
                // PUB-04 PUB-11 PUB-12: the demo's penalty on a private person, published after review and approval, name masked
                Page page = watched(reader.newPage(), problems);
                page.navigate(base + "/public");
                String masked = cn.anjian.kernel.Masking.name("张某某");
                page.fill("#portal-q", masked);
                page.press("#portal-q", "Enter");
                page.locator("#search-hits a", new Page.LocatorOptions().setHasText("行政处罚结果公示（" + masked + "）")).first().click();
                assertThat(page.locator("#notice-title")).containsText(masked);
                String text = page.locator("#notice-content").innerText();
                org.assertj.core.api.Assertions.assertThat(text).contains("当事人：" + masked).doesNotContain("张某某")
                        .doesNotContainPattern("\\d{17}[0-9Xx]").doesNotContainPattern("1[3-9]\\d{9}");
                fits(page);
                shot(page, "portal-citizen-decision-390.png");
                // PUB-08: a revoked decision shows its correction
                long revoked = jdbc.sql("""
                                SELECT id FROM pub_publication WHERE withdrawn_at IS NULL AND content LIKE '%撤销本决定%'
                                ORDER BY id LIMIT 1""").query(Long.class).single();
                page.navigate(base + "/public/notices/" + revoked);
                assertThat(page.locator("#notice-content")).containsText("撤销");
                fits(page);
                shot(page, "portal-revoked-decision-390.png");
            }
        }
        assertThat(problems).isEmpty();
    }

    static Page watched(Page page, List<String> problems) {
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                problems.add("console: " + m.text());
            }
        });
        page.onRequestFailed(r -> problems.add("failed: " + r.url()));
        return page;
    }

    static String solve(String question) {
        Matcher m = Pattern.compile("(\\d+) (加|减) (\\d+)").matcher(question);
        assertThat(m.find()).isTrue();
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(3));
        return String.valueOf("加".equals(m.group(2)) ? a + b : a - b);
    }

    static void fits(Page page) {
        Object width = page.evaluate("() => document.documentElement.scrollWidth");
        assertThat(((Number) width).intValue()).isLessThanOrEqualTo(390);
    }

    static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name)).setFullPage(true));
    }
}
