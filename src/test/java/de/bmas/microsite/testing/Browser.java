package de.bmas.microsite.testing;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.nio.file.Path;
import java.util.logging.Level;

/** Headless Debian Chromium through its own chromedriver; Selenium Manager never runs, so nothing is downloaded. */
public final class Browser {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Browser() {
    }

    /** Skips the calling test without Chromium, except under CI where that fails. */
    public static void requireChromium() {
        Prerequisite.require(CHROMIUM, "Chromium", "apt-get install chromium chromium-driver");
        Prerequisite.require(CHROMEDRIVER, "chromedriver", "apt-get install chromium chromium-driver");
    }

    /**
     * A browser at 1280 px whose performance log records every network request of the pages it opens, and whose
     * browser log keeps what the console shows (a refused stylesheet, a header it cannot parse).
     */
    public static ChromeDriver open() {
        System.setProperty("SE_OFFLINE", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--window-size=1280,1000");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        return new ChromeDriver(service, options);
    }
}
