package de.bmas.microsite.accessibility;

import de.bmas.microsite.testing.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Printed pages, in headless Chromium with print media emulated: every link in the content is followed by its
 * address, an internal one with the site's base URL (here the local server's fallback), an external one as it is.
 */
class PrintTest extends RunningSite {

    private static final String BASE = "http://localhost:8080";

    private ChromeDriver driver;

    @BeforeAll
    void openBrowser() {
        Browser.requireChromium();
        driver = Browser.open();
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    }

    @AfterAll
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void linksArePrintedWithTheirAbsoluteAddress() {
        driver.get("http://localhost:" + port + "/");

        @SuppressWarnings("unchecked")
        List<Map<String, String>> links = (List<Map<String, String>>) driver.executeScript("""
                return Array.from(document.querySelectorAll('main a[href]')).map(a => ({
                    href: a.getAttribute('href'), after: getComputedStyle(a, '::after').content}));""");

        assertThat(links).filteredOn(link -> link.get("href").startsWith("/")).isNotEmpty()
                .allSatisfy(link -> assertThat(link.get("after")).as(link.get("href"))
                        .isEqualTo(printed(BASE + link.get("href"))));
        assertThat(links).filteredOn(link -> link.get("href").startsWith("https://")).isNotEmpty()
                .allSatisfy(link -> assertThat(link.get("after")).isEqualTo(printed(link.get("href"))));
    }

    /** The computed content of a link's ::after, as Chromium resolves it for print. */
    private static String printed(String address) {
        return "\" (" + address + ")\"";
    }
}
