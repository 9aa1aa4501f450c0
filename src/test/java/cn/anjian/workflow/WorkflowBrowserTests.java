package cn.anjian.workflow;

import cn.anjian.Browsers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.UUID;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors.TestActor;
import cn.anjian.identity.UserAdministration;
import cn.anjian.org.Agencies;
import cn.anjian.org.AgencyKind;
import cn.anjian.org.Jurisdictions;
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

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The decider's journey on a 390 px phone: inbox → decision form (inline check) → timeline. Headless Debian Chromium. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkflowBrowserTests {

    static final Path SHOTS = Paths.get("target/screenshots");

    @LocalServerPort
    int port;
    @Autowired
    Workflows workflows;
    @Autowired
    UserAdministration users;
    @Autowired
    Agencies agencies;
    @Autowired
    Jurisdictions jurisdictions;

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

    @Test
    @DisplayName("zz_director decides a to-do on a 390 px screen: a rejection without opinion is stopped inline, the approval shows in the timeline")
    void deciderOnPhone() {
        TestActor hr = new WorkflowFixtures(users, agencies, jurisdictions).user("140525", AgencyKind.EMERGENCY_MANAGEMENT, "HR");
        FlowId id = workflows.start(WorkflowsTests.CHAIN, "test_plan", UUID.randomUUID().toString(),
                "浏览器测试：2025 年技术检查员招聘计划", "/", hr.agencyId(), hr);
        try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setLocale("zh-CN"))) {
            Page page = context.newPage();
            page.navigate("http://127.0.0.1:" + port + "/login");
            page.fill("#username", "zz_director");
            page.fill("#password", "Anjian@2026");
            page.click("button[type=submit]");
            page.waitForURL(u -> !u.contains("/login"));

            page.navigate("http://127.0.0.1:" + port + "/workflow/inbox");
            assertThat(page.locator("tr[data-flow-id='" + id.value() + "']")).containsText("浏览器测试");
            noOverflow(page);
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("workflow-inbox-phone.png")).setFullPage(true));

            page.locator("tr[data-flow-id='" + id.value() + "'] a.btn:visible").click();
            page.waitForURL(u -> u.endsWith("/workflow/flows/" + id.value()));
            page.check("input[name=decision][value=REJECT]");
            page.click("#decision-form button[type=submit]");
            assertThat(page.locator("#opinion-feedback")).isVisible();
            assertThat(page.locator("#opinion-feedback")).containsText("必须填写审批意见");
            noOverflow(page);
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("workflow-decide-phone.png")).setFullPage(true));

            page.check("input[name=decision][value=APPROVE]");
            page.fill("#opinion", "同意报司法局审核");
            page.click("#decision-form button[type=submit]");
            // the decision is a full POST and redirect: allow for a loaded build machine
            assertThat(page.locator(".wf-entries")).containsText("同意报司法局审核",
                    new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
            assertThat(page.locator("#no-action")).containsText("泽州县司法局");
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("workflow-timeline-phone.png")).setFullPage(true));
        }
        assertThat(workflows.find(id).orElseThrow().currentStep()).isEqualTo(1);
    }

    private static void noOverflow(Page page) {
        Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1");
        assertThat(overflow).isEqualTo(false);
    }
}
