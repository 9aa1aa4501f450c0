package cn.anjian.recording;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import cn.anjian.IntegrationTest;
import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.files.StoredFile;
import cn.anjian.kernel.Zones;
import cn.anjian.recording.internal.RecordInput;
import cn.anjian.recording.internal.RecordingService;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A Zezhou unit head on a 390 px phone: the recording panel (thumbnails, flags), an upload with progress, the list. */
@IntegrationTest
class RecordingBrowserTests {

    static final Path SHOTS = Paths.get("target/screenshots");
    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    @LocalServerPort int port;
    @Autowired RecordingFixtures fx;
    @Autowired RecordingService recording;

    static String local(Instant i) {
        return LOCAL.format(i.atZone(Zones.SHANGHAI));
    }

    @Test
    @DisplayName("recording panel and list are usable at 390 px: photo thumbnail from the verified download, flags, upload with progress")
    void phone() throws Exception {
        CaseRef c = fx.caseAt(CaseKind.INSPECTION, "浏览器记录检查", CaseStage.INVESTIGATION);
        Instant t0 = Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS);
        long act = recording.openActivity(c.id(), new RecordingService.NewActivity("INSPECTION", "主井口", local(t0), false), fx.zz());
        StoredFile photo = fx.file(cn.anjian.recording.internal.DemoMedia.png("井口" + System.nanoTime(), java.awt.Color.DARK_GRAY), "井口.png");
        recording.addRecord(RecordInput.of(new RecordMetadata(c.id(), null, act, "AV", "PHOTO", "主井口照片", null, local(t0), local(t0),
                "主井口", c.teamPersonIds(), "矿长", "CAMERA", "XJ-01", List.of("SCENE"), null, "true")), photo, fx.zz());
        long sealing = recording.openActivity(c.id(), new RecordingService.NewActivity("SEALING_SEIZURE", "煤仓", local(t0), false), fx.zz());
        recording.endActivity(sealing, local(t0.plusSeconds(600)), false, null, fx.zz());

        Files.createDirectories(SHOTS);
        try (Playwright playwright = Playwright.create();
             Browser browser = cn.anjian.Browsers.launch(playwright)) {
            Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setLocale("zh-CN")).newPage();
            String base = "http://127.0.0.1:" + port;
            page.navigate(base + "/login");
            page.fill("#username", "zz_unithead");
            page.fill("#password", "Anjian@2026");
            page.click("button[type=submit]");
            page.waitForURL(u -> !u.contains("/login"));

            page.navigate(base + "/recording/cases/" + c.id());
            assertThat(page.locator("#flag-missing-av")).containsText("缺少音像记录");
            assertThat(page.locator("img.rec-thumb")).hasCount(1);
            page.waitForFunction("() => { const i = document.querySelector('img.rec-thumb'); return i && i.complete && i.naturalWidth > 0; }");
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("recording-panel-phone.png")).setFullPage(true));
            assertThat(page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1")).isEqualTo(false);

            // upload a text record through the page: file to the store with progress, then the metadata
            page.selectOption("#up-kind", "TEXT:INVESTIGATION_DOCUMENT");
            page.fill("#up-title", "询问笔录（浏览器）");
            page.setInputFiles("#up-file", new FilePayload("询问笔录.pdf", "application/pdf",
                    ("%PDF-1.4 test " + System.nanoTime()).getBytes()));
            page.click("#upload-submit");
            assertThat(page.locator("#upload-ok")).containsText("询问笔录（浏览器）");
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("recording-upload-phone.png")).setFullPage(true));

            page.navigate(base + "/recordings?view=activities&flagged=true");
            assertThat(page.locator("#activities-table")).containsText(c.caseNumber());
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("recordings-phone.png")).setFullPage(true));
            assertThat(page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1")).isEqualTo(false);

            Page wide = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("zh-CN")).newPage();
            wide.navigate(base + "/login");
            wide.fill("#username", "zz_unithead");
            wide.fill("#password", "Anjian@2026");
            wide.click("button[type=submit]");
            wide.waitForURL(u -> !u.contains("/login"));
            wide.navigate(base + "/cases/" + c.id());
            wide.waitForSelector("#rec-panel");
            wide.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("case-detail-with-recording.png")).setFullPage(true));
        }
    }
}
