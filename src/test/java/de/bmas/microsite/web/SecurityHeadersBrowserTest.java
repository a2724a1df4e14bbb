package de.bmas.microsite.web;

import de.bmas.microsite.testing.InChromium;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The policy is strict, but the site must still work under it: real Chromium loads pages with the real headers,
 * applies the stylesheet and reports no violation and no header it cannot parse.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityHeadersBrowserTest extends InChromium {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/sessions/ki-diy-style", "/programm", "/gibt-es-nicht"})
    void pagesWorkUnderThePolicy(String path) {
        driver.manage().logs().get(LogType.BROWSER); // reading empties it: only this page's messages count
        driver.get("http://127.0.0.1:" + port + path);
        Object rules = driver.executeScript(
                "return Array.from(document.styleSheets).reduce((n, sheet) => n + sheet.cssRules.length, 0);");
        List<String> messages = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage)
                // a missing resource (the 404 page itself, a favicon the browser guesses) is not the policy's doing
                .filter(message -> !message.contains("the server responded with a status of 404"))
                .toList();

        assertThat(((Number) rules).intValue()).as("CSS rules applied").isPositive();
        assertThat(messages).isEmpty();
    }
}
