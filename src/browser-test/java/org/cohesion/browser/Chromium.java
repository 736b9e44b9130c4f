package org.cohesion.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Playwright driving Debian's chromium (Playwright's own browser download is not used). */
final class Chromium {

    static final Path EXECUTABLE = Path.of("/usr/bin/chromium");
    static final String SKIPPED = "Browser tier skipped: " + EXECUTABLE
            + " not found (install it with: apt-get install -y chromium)";
    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

    private Chromium() {
    }

    static boolean isInstalled() {
        return Files.isExecutable(EXECUTABLE);
    }

    static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    static Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE)
                .setHeadless(true)
                .setArgs(ARGS));
    }
}
