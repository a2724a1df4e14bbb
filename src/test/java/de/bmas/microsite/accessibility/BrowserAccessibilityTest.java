package de.bmas.microsite.accessibility;

import de.bmas.microsite.accessibility.Axe.Violation;
import de.bmas.microsite.site.SiteHolder;
import de.bmas.microsite.testing.InChromium;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the site in real headless Chromium: WCAG 2.1 AA by axe-core (contrast in dark mode too), keyboard
 * use, nothing from other hosts, and neither sideways scrolling nor cut-off text on a 320 px phone, even with
 * WCAG text spacing. One browser serves the whole class, and all six checks of a page read one load of it
 * ({@link PageVisit}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserAccessibilityTest extends InChromium {

    @LocalServerPort
    private int port;

    @Autowired
    private SiteHolder holder;

    /** Per page, made by whichever of its six tests runs first. */
    private final Map<String, PageVisit> visits = new HashMap<>();

    @Override
    @BeforeEach
    protected void startBrowser() {
        boolean opening = driver == null;
        super.startBrowser();
        if (opening) {
            Axe.intoEveryDocument(driver);
        }
    }

    List<String> pages() {
        return SitePages.routes(holder);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void hasNoAxeViolations(String route) {
        assertThat(visit(route).axe().get().light()).as("axe-core violations on %s", route)
                .extracting(Violation::describe).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void keepsItsContrastInDarkMode(String route) {
        PageVisit.AxeResults axe = visit(route).axe().get();
        assertThat(axe.darkMatched()).as("prefers-color-scheme: dark applies on %s", route).isTrue();
        assertThat(axe.dark()).as("contrast in dark mode on %s", route).extracting(Violation::failures).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void skipLinkIsTheFirstTabStopAndMovesFocusToMain(String route) {
        PageVisit.Keyboard keyboard = visit(route).keyboard().get();
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
        assertThat(visit(route).keyboard().get().problems()).as("keyboard problems on %s", route).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void requestsNothingFromAnotherOrigin(String route) {
        List<String> requested = visit(route).requested();
        String origin = "http://localhost:" + port + "/";
        assertThat(requested).as("requests recorded for %s", route).isNotEmpty();
        assertThat(requested).as("requests to other origins from %s", route)
                .filteredOn(url -> !url.startsWith(origin) && !url.startsWith("data:")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void fitsA320PixelScreenEvenWithWcagTextSpacing(String route) {
        PageVisit.NarrowScreen narrow = visit(route).narrow().get();
        assertThat(narrow.clientWidth()).isEqualTo(320L);
        assertThat(narrow.scrollWidth()).as("page width at 320 px on %s", route).isEqualTo(320L);
        assertThat(narrow.clippedWithTextSpacing()).as("cut off or too wide with text spacing at 320 px on %s", route)
                .isEmpty();
    }

    private PageVisit visit(String route) {
        return visits.computeIfAbsent(route, page -> PageVisit.of(driver, "http://localhost:" + port + page));
    }
}
