package de.bmas.microsite.accessibility;

import de.bmas.microsite.accessibility.Axe.Violation;
import de.bmas.microsite.site.SiteHolder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the site in real headless Chromium: WCAG 2.1 AA by axe-core (contrast in dark mode too), keyboard
 * use, nothing from other hosts, and neither sideways scrolling nor cut-off text on a 320 px phone, even with
 * WCAG text spacing. One browser serves the whole class; the request check and both axe-core checks of a page
 * share one page load, and so do the two keyboard checks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserAccessibilityTest extends InChromium {


    @LocalServerPort
    private int port;

    @Autowired
    private SiteHolder holder;

    private final JsonMapper json = JsonMapper.builder().build();

    /** Per page, filled by whichever of its three tests on one load runs first. */
    private final Map<String, PageFindings> analyses = new HashMap<>();

    /** Per page, filled by whichever of its two keyboard tests runs first. */
    private final Map<String, KeyboardFindings> keyboard = new HashMap<>();

    List<String> pages() {
        return SitePages.routes(holder);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void hasNoAxeViolations(String route) {
        assertThat(analysed(route).axe().light()).as("axe-core violations on %s", route)
                .extracting(Violation::describe).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void keepsItsContrastInDarkMode(String route) {
        PageFindings findings = analysed(route).axe();
        assertThat(findings.darkMatched()).as("prefers-color-scheme: dark applies on %s", route).isTrue();
        assertThat(findings.dark()).as("contrast in dark mode on %s", route)
                .extracting(Violation::failures).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void skipLinkIsTheFirstTabStopAndMovesFocusToMain(String route) {
        KeyboardFindings keyboard = keyboardUsed(route);
        Map<?, ?> first = keyboard.firstStop();
        assertThat((String) first.get("cls")).as("first Tab stop on %s", route).contains("skip-link");
        assertThat((String) first.get("href")).endsWith("#inhalt");
        assertThat(((Number) first.get("top")).doubleValue()).as("focused skip link is on screen")
                .isGreaterThanOrEqualTo(0);
        assertThat(((Number) first.get("height")).doubleValue()).isPositive();

        Map<?, ?> focused = keyboard.afterSkipLink();
        assertThat(focused.get("tag")).as("focus after the skip link on %s", route).isEqualTo("main");
        assertThat(focused.get("id")).isEqualTo("inhalt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void everyLinkIsReachableByTabAndShowsAVisibleFocus(String route) {
        assertThat(keyboardUsed(route).problems()).as("keyboard problems on %s", route).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void requestsNothingFromAnotherOrigin(String route) {
        List<String> requested = analysed(route).requested();
        String origin = "http://localhost:" + port + "/";
        assertThat(requested).as("requests recorded for %s", route).isNotEmpty();
        assertThat(requested).as("requests to other origins from %s", route)
                .filteredOn(url -> !url.startsWith(origin) && !url.startsWith("data:")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void fitsA320PixelScreenEvenWithWcagTextSpacing(String route) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 320, "height", 640, "deviceScaleFactor", 1, "mobile", true));
        try {
            open(route);
            assertThat(script("return document.documentElement.clientWidth")).isEqualTo(320L);
            assertThat(script("return document.documentElement.scrollWidth")).as("page width at 320 px on %s", route)
                    .isEqualTo(320L);
            // WCAG 1.4.12: the spacing a reader may set must not cut text off or widen the page
            List<?> clipped = (List<?>) script("""
                    const style = document.createElement('style');
                    style.textContent = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important;'
                        + ' word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';
                    document.head.append(style);
                    return Array.from(document.querySelectorAll('body *:not(.visually-hidden)')).filter(el => {
                        const s = getComputedStyle(el);
                        const hides = /hidden|clip/.test(s.overflowX + s.overflowY);
                        return hides && (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1);
                    }).map(el => el.tagName + '.' + el.className).concat(
                        document.documentElement.scrollWidth > 320 ? ['the page is wider than the screen'] : []);
                    """);
            assertThat(clipped).as("cut off or too wide with text spacing at 320 px on %s", route).isEmpty();
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private KeyboardFindings keyboardUsed(String route) {
        return keyboard.computeIfAbsent(route, this::useKeyboard);
    }

    /**
     * One load of a page for both keyboard checks: the first Tab stop, then Tab through the whole page while
     * recording, for every element that receives focus, which link it is and how it looks at that moment; last,
     * Enter on the skip link.
     */
    private KeyboardFindings useKeyboard(String route) {
        open(route);
        long stops = (Long) script("""
                const links = Array.from(document.querySelectorAll('a[href]'));
                const look = el => { const s = getComputedStyle(el);
                    return {outline: s.outlineStyle, outlineWidth: parseFloat(s.outlineWidth), shadow: s.boxShadow}; };
                window.unfocused = links.map(look);
                window.focusLog = [];
                document.addEventListener('focusin', event => window.focusLog.push(
                    Object.assign({link: links.indexOf(event.target)}, look(event.target))), true);
                return links.length + document.querySelectorAll('button, input, select, textarea, [tabindex]').length;
                """);
        new Actions(driver).sendKeys(Keys.TAB).perform();
        // one script per look at the focused element: WebDriver's attribute command sends a script of its own
        Map<?, ?> firstStop = (Map<?, ?>) script("""
                const el = document.activeElement, box = el.getBoundingClientRect();
                return {cls: el.getAttribute('class'), href: el.getAttribute('href'), top: box.top, height: box.height};
                """);
        Actions tabs = new Actions(driver);
        for (long i = 0; i < stops; i++) {
            tabs.sendKeys(Keys.TAB);
        }
        tabs.perform();
        List<?> problems = (List<?>) script("""
                const links = Array.from(document.querySelectorAll('a[href]'));
                return links.flatMap((link, index) => {
                    const seen = window.focusLog.filter(entry => entry.link === index);
                    const name = link.getAttribute('href') + ' "' + link.textContent.trim() + '"';
                    if (seen.length === 0) return ['not reachable by Tab: ' + name];
                    const focused = seen[0], before = window.unfocused[index];
                    const ring = focused.outline !== 'none' && focused.outlineWidth >= 3;
                    const shadow = focused.shadow !== 'none' && focused.shadow !== before.shadow;
                    return ring || shadow ? [] : ['no visible focus: ' + name + ' ' + JSON.stringify(focused)];
                });
                """);
        script("document.querySelector('a.skip-link')?.focus()");
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        Map<?, ?> afterSkipLink = (Map<?, ?>) script(
                "return {tag: document.activeElement.localName, id: document.activeElement.id};");
        return new KeyboardFindings(firstStop, problems, afterSkipLink);
    }

    /** What Tab and Enter did on one load of a page. */
    private record KeyboardFindings(Map<?, ?> firstStop, List<?> problems, Map<?, ?> afterSkipLink) {
    }

    private PageFindings analysed(String route) {
        return analyses.computeIfAbsent(route, this::analyse);
    }

    /**
     * One load of a page for three checks: the requests it made (before axe-core is in the page), every axe rule,
     * then contrast again after switching the emulated colour scheme to dark. The stylesheet has no colour
     * transitions, so the dark colours apply at once.
     */
    private PageFindings analyse(String route) {
        driver.manage().logs().get(LogType.PERFORMANCE);
        open(route);
        List<String> requested = requested();
        try {
            List<Violation> light = Axe.violations(driver, Axe.WCAG_21_AA);
            driver.executeCdpCommand("Emulation.setEmulatedMedia",
                    Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
            try {
                boolean darkMatched = Boolean.TRUE.equals(
                        script("return matchMedia('(prefers-color-scheme: dark)').matches"));
                return new PageFindings(requested, light, darkMatched, Axe.violations(driver, Axe.CONTRAST), null);
            } finally {
                driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
            }
        } catch (RuntimeException axeFailed) {
            return new PageFindings(requested, List.of(), false, List.of(), axeFailed);
        }
    }

    /** Every address the browser asked for since the performance log was last read (DevTools' network events). */
    private List<String> requested() {
        List<String> requested = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = json.readTree(entry.getMessage()).path("message");
            if (message.path("method").asString().equals("Network.requestWillBeSent")) {
                requested.add(message.path("params").path("request").path("url").asString());
            }
        }
        return requested;
    }

    /**
     * What one load of a page showed: its requests, its violations of all axe rules in light mode and of the
     * contrast rule in dark mode, or why axe-core could not tell (for the axe tests only to report).
     */
    private record PageFindings(List<String> requested, List<Violation> light, boolean darkMatched,
                                List<Violation> dark, RuntimeException axeFailed) {

        PageFindings axe() {
            if (axeFailed != null) {
                throw axeFailed;
            }
            return this;
        }
    }

    private void open(String route) {
        driver.get("http://localhost:" + port + route);
    }

    private Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }
}
