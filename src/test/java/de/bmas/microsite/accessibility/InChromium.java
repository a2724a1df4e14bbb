package de.bmas.microsite.accessibility;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.chrome.ChromeDriver;

/** A test class whose tests share one headless Chromium, opened by the first test and closed after the last. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class InChromium {

    ChromeDriver driver;

    /** Checked before every test, so that each one is reported as skipped (or, under CI, failed) on its own. */
    @BeforeEach
    void startBrowser() {
        Browser.requireChromium();
        if (driver == null) {
            driver = Browser.open();
        }
    }

    @AfterAll
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }
}
