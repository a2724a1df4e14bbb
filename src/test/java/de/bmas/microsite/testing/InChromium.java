package de.bmas.microsite.testing;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.chrome.ChromeDriver;

/** A test class whose tests share one headless Chromium, opened by the first test and closed after the last. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class InChromium {

    protected ChromeDriver driver;

    /** Checked before every test, so that each one is reported as skipped (or, under CI, failed) on its own. */
    @BeforeEach
    protected void startBrowser() {
        Browser.requireChromium();
        if (driver == null) {
            driver = Browser.open();
        }
    }

    @AfterAll
    protected void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }
}
