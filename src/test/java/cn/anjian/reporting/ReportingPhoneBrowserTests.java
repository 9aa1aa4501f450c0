package cn.anjian.reporting;

import java.util.ArrayList;
import java.util.List;

import cn.anjian.Browsers;
import cn.anjian.IntegrationTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 19: the reporting pages (statistics, registers, briefings, capacity, the heads' home card) on a 390 px phone screen. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportingPhoneBrowserTests {

    static final List<String> PAGES = List.of("/reporting/statistics", "/reporting/statistics?period=2026-H1",
            "/reporting/statistics/records?figure=penalties.opened", "/reporting/briefings", "/reporting/publicity-activities",
            "/reporting/normative-documents", "/reporting/capacity", "/reporting/capacity/bodies", "/reporting/capacity/officers",
            "/reporting/capacity/workstations", "/reporting/capacity/vetoes", "/");

    @LocalServerPort int port;

    Playwright playwright;
    Browser browser;

    @BeforeAll
    void launch() {
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

    @Test
    @DisplayName("STAT-09 SS-06 the director's reporting pages and a briefing fit a 390 px screen: no horizontal overflow")
    void noOverflowAt390() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setLocale("zh-CN"))) {
            Page page = context.newPage();
            page.navigate(url("/login"));
            page.fill("#username", "zz_director");
            page.fill("#password", "Anjian@2026");
            page.click("button[type=submit]");
            page.waitForURL(u -> !u.contains("/login"));
            List<String> paths = new ArrayList<>(PAGES);
            page.navigate(url("/reporting/briefings"));
            String briefing = (String) page.evaluate("(() => { const a = document.querySelector('a[href^=\"/reporting/briefings/\"]:not([href$=\"export\"])');"
                    + " return a ? a.getAttribute('href') : null; })()");
            if (briefing != null) {
                paths.add(briefing);
            }
            List<String> overflowing = new ArrayList<>();
            for (String path : paths) {
                page.navigate(url(path));
                page.waitForLoadState(LoadState.NETWORKIDLE);
                assertThat(page.url()).as(path).doesNotContain("/login");
                Object width = page.evaluate("document.scrollingElement.scrollWidth");
                if (((Number) width).intValue() > 390) {
                    overflowing.add(path + " (" + width + " px)");
                }
            }
            assertThat(overflowing).isEmpty();
        }
    }
}
