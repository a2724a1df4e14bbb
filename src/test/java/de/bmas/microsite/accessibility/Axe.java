package de.bmas.microsite.accessibility;

import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.chrome.ChromeDriver;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * axe-core, the copy that Deque's Selenium library ships, run in the open page with one script per analysis. The
 * library's own {@code analyze} spent more time than the analysis: it sends the 500 KB script on every call,
 * looks for frames by XPath, sets and restores timeouts and returns every passing node too. Here the script goes
 * into each document once (or by {@link #intoEveryDocument} into every one), and only violations come back
 * (axe's {@code resultTypes}: the other result types are cut to one node per rule, violations stay complete). The
 * pages have no frames, so none is analysed.
 */
final class Axe {

    /** WCAG 2.1 A and AA and axe-core's best practices: what BITV 2.0 asks for and more. */
    static final Map<String, Object> WCAG_21_AA = only("tag",
            List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"));
    static final Map<String, Object> CONTRAST = only("rule", List.of("color-contrast"));

    private static final String SOURCE = axeSource();
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, arguments[0]).then(results => done({violations: JSON.stringify(results.violations)}),
                error => done({error: String(error)}));
            """;
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private Axe() {
    }

    /**
     * From now on Chromium itself puts axe-core into every document the browser opens, before the page's own
     * scripts: sending the 500 KB script over WebDriver into each page took about a quarter of a second, more than
     * axe-core's analysis of most pages, while a page's load grows by a few milliseconds.
     */
    static void intoEveryDocument(ChromeDriver driver) {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", SOURCE));
    }

    /** The rules' violations on the page the browser shows now, as it looks now. */
    static List<Violation> violations(ChromeDriver driver, Map<String, Object> rules) {
        if (!Boolean.TRUE.equals(driver.executeScript("return typeof window.axe === 'object'"))) {
            driver.executeScript(SOURCE);
        }
        Map<?, ?> outcome = (Map<?, ?>) driver.executeAsyncScript(RUN, rules);
        if (outcome.get("error") != null) {
            throw new IllegalStateException("axe-core failed on " + driver.getCurrentUrl() + ": "
                    + outcome.get("error"));
        }
        return List.of(JSON.readValue((String) outcome.get("violations"), Violation[].class));
    }

    private static Map<String, Object> only(String type, List<String> values) {
        return Map.of("runOnly", Map.of("type", type, "values", values), "resultTypes", List.of("violations"));
    }

    private static String axeSource() {
        try (InputStream in = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One rule that failed, with the elements that fail it. */
    record Violation(String id, String impact, String help, List<Node> nodes) {

        /** The rule, what it asks and where it fails, for an assertion message. */
        String describe() {
            return id + " (" + impact + "): " + help + " at "
                    + nodes.stream().map(node -> String.valueOf(node.target())).collect(Collectors.joining(", "));
        }

        /** Where it fails and axe-core's reason for each element. */
        String failures() {
            return nodes.stream().map(node -> node.target() + " " + node.failureSummary())
                    .collect(Collectors.joining("; "));
        }
    }

    /** A failing element: its CSS selector path and why it fails. */
    record Node(List<Object> target, String failureSummary) {
    }
}
