package de.bmas.microsite.accessibility;

import de.bmas.microsite.accessibility.Axe.Violation;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One load of a page in Chromium and what every browser check reads from it, in an order in which no step changes
 * what a later one sees: the requests of the load (before axe-core is in the page); axe-core on every rule, then
 * contrast after switching the emulated colour scheme to dark and back (the stylesheet has no colour transitions,
 * so the dark colours apply at once); the keyboard; last a 320 px phone screen with WCAG text spacing, which
 * changes the layout for good. A step that fails keeps its exception for its own checks to report, and the steps
 * after it still run.
 */
record PageVisit(List<String> requested, Step<AxeResults> axe, Step<Keyboard> keyboard, Step<NarrowScreen> narrow) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static PageVisit of(ChromeDriver driver, String url) {
        driver.manage().logs().get(LogType.PERFORMANCE);
        driver.get(url);
        List<String> requested = requested(driver);
        Step<AxeResults> axe = Step.of(() -> axe(driver));
        Step<Keyboard> keyboard = Step.of(() -> keyboard(driver));
        Step<NarrowScreen> narrow = Step.of(() -> narrow(driver));
        return new PageVisit(requested, axe, keyboard, narrow);
    }

    /** axe-core's violations of all rules in light mode, and of the contrast rule in dark mode. */
    record AxeResults(List<Violation> light, boolean darkMatched, List<Violation> dark) {
    }

    /** The first Tab stop, what Tab through the whole page showed, and where Enter on the skip link put focus. */
    record Keyboard(Map<?, ?> firstStop, List<?> problems, Map<?, ?> afterSkipLink) {
    }

    /** The page on a 320 px screen: its widths, and what WCAG text spacing cuts off or widens. */
    record NarrowScreen(long clientWidth, long scrollWidth, List<?> clippedWithTextSpacing) {
    }

    /** A step's result, or why it has none. */
    record Step<T>(T result, RuntimeException failure) {

        static <T> Step<T> of(Supplier<T> step) {
            try {
                return new Step<>(step.get(), null);
            } catch (RuntimeException e) {
                return new Step<>(null, e);
            }
        }

        T get() {
            if (failure != null) {
                throw failure;
            }
            return result;
        }
    }

    /** Every address the browser asked for since the performance log was last read (DevTools' network events). */
    private static List<String> requested(ChromeDriver driver) {
        List<String> requested = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = JSON.readTree(entry.getMessage()).path("message");
            if (message.path("method").asString().equals("Network.requestWillBeSent")) {
                requested.add(message.path("params").path("request").path("url").asString());
            }
        }
        return requested;
    }

    private static AxeResults axe(ChromeDriver driver) {
        List<Violation> light = Axe.violations(driver, Axe.WCAG_21_AA);
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        try {
            boolean darkMatched = Boolean.TRUE.equals(
                    driver.executeScript("return matchMedia('(prefers-color-scheme: dark)').matches"));
            return new AxeResults(light, darkMatched, Axe.violations(driver, Axe.CONTRAST));
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
    }

    /**
     * Records, for every element that receives focus, which link it is and how it looks at that moment; presses
     * Tab once for the first stop, then once more per focusable element; last, Enter on the skip link.
     */
    private static Keyboard keyboard(ChromeDriver driver) {
        long stops = (Long) driver.executeScript("""
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
        Map<?, ?> firstStop = (Map<?, ?>) driver.executeScript("""
                const el = document.activeElement, box = el.getBoundingClientRect();
                return {cls: el.getAttribute('class'), href: el.getAttribute('href'), top: box.top, height: box.height};
                """);
        Actions tabs = new Actions(driver);
        for (long i = 0; i < stops; i++) {
            tabs.sendKeys(Keys.TAB);
        }
        tabs.perform();
        List<?> problems = (List<?>) driver.executeScript("""
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
        driver.executeScript("document.querySelector('a.skip-link')?.focus()");
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        Map<?, ?> afterSkipLink = (Map<?, ?>) driver.executeScript(
                "return {tag: document.activeElement.localName, id: document.activeElement.id};");
        return new Keyboard(firstStop, problems, afterSkipLink);
    }

    /** WCAG 1.4.12: the spacing a reader may set must not cut text off or widen the page. */
    private static NarrowScreen narrow(ChromeDriver driver) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 320, "height", 640, "deviceScaleFactor", 1, "mobile", true));
        try {
            long clientWidth = (Long) driver.executeScript("return document.documentElement.clientWidth");
            long scrollWidth = (Long) driver.executeScript("return document.documentElement.scrollWidth");
            List<?> clipped = (List<?>) driver.executeScript("""
                    const style = document.createElement('style');
                    style.textContent = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important;'
                        + ' word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';
                    document.head.append(style);
                    const clipped = Array.from(document.querySelectorAll('body *:not(.visually-hidden)')).filter(el => {
                        const s = getComputedStyle(el);
                        const hides = /hidden|clip/.test(s.overflowX + s.overflowY);
                        return hides && (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1);
                    }).map(el => el.tagName + '.' + el.className).concat(
                        document.documentElement.scrollWidth > 320 ? ['the page is wider than the screen'] : []);
                    // the page is done with: hidden, it is not laid out and painted again at the full width
                    document.documentElement.hidden = true;
                    return clipped;
                    """);
            return new NarrowScreen(clientWidth, scrollWidth, clipped);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }
}
