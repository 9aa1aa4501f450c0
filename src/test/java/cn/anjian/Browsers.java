package cn.anjian;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Chromium from the OS packages (never a downloaded browser), with the flags that work on
 * the build machines. Without /usr/bin/chromium the browser tests are skipped, so `./mvnw verify`
 * works on a machine with only a JDK; CI installs Chromium and sets ANJIAN_REQUIRE_BROWSER=1 so a
 * missing browser fails the build instead of skipping silently.
 */
public final class Browsers {

    public static final Path CHROMIUM = Paths.get(System.getProperty("anjian.chromium", "/usr/bin/chromium"));

    private Browsers() {
    }

    public static Browser launch(Playwright playwright) {
        if (!Files.isExecutable(CHROMIUM)) {
            if ("1".equals(System.getenv("ANJIAN_REQUIRE_BROWSER"))) {
                Assertions.fail("Chromium not found at " + CHROMIUM + " (apt-get install -y chromium fonts-wqy-zenhei)");
            }
            Assumptions.abort("Chromium not installed at " + CHROMIUM + ": browser tests skipped");
        }
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }
}
