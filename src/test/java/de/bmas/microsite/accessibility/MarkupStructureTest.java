package de.bmas.microsite.accessibility;

import de.bmas.microsite.testing.WebPage;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The structure assistive technology relies on, for every page as served: landmarks, one h1 and no skipped
 * heading level, the skip link first, labelled navigation, breadcrumbs that mark the current page, no empty list,
 * and no script (JSON-LD aside), inline style or event handler attribute.
 * Runs without a browser, so developers without Chromium still get these checks.
 */
class MarkupStructureTest extends RunningSite {

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void hasOneH1AndNoSkippedHeadingLevel(String route) {
        Elements headings = WebPage.parse(port, route).select("h1, h2, h3, h4, h5, h6");
        assertThat(headings.select("h1")).as("h1 on %s", route).hasSize(1);
        assertThat(headings.first().tagName()).as("first heading on %s", route).isEqualTo("h1");
        List<String> skips = new ArrayList<>();
        for (int i = 1; i < headings.size(); i++) {
            int previous = level(headings.get(i - 1));
            if (level(headings.get(i)) > previous + 1) {
                skips.add(headings.get(i - 1).tagName() + " → " + headings.get(i).tagName() + " „"
                        + headings.get(i).text() + "“");
            }
        }
        assertThat(skips).as("skipped heading levels on %s", route).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void hasLandmarksAndASkipLinkToMain(String route) {
        Document page = WebPage.parse(port, route);
        Element body = page.body();
        assertThat(body.select("> header")).as("banner on %s", route).hasSize(1);
        assertThat(body.select("> footer")).as("contentinfo on %s", route).hasSize(1);
        assertThat(page.select("main")).as("main on %s", route).hasSize(1);
        Element main = page.selectFirst("main");
        assertThat(main.id()).isEqualTo("inhalt");
        assertThat(main.attr("tabindex")).isEqualTo("-1");

        Element firstFocusable = page.selectFirst(
                "a[href], button, input, select, textarea, [tabindex]:not([tabindex=-1])");
        assertThat(firstFocusable.hasClass("skip-link")).as("skip link first on %s", route).isTrue();
        assertThat(firstFocusable.attr("href")).isEqualTo("#inhalt");

        List<String> names = page.select("nav").stream().map(nav -> nav.hasAttr("aria-labelledby")
                ? Optional.ofNullable(page.getElementById(nav.attr("aria-labelledby"))).map(Element::text).orElse("")
                : nav.attr("aria-label")).toList();
        assertThat(names).as("names of the navigations on %s", route).allSatisfy(name -> assertThat(name).isNotBlank())
                .doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void breadcrumbsEndWithTheCurrentPage(String route) {
        Document page = WebPage.parse(port, route);
        Elements trails = page.select("nav.breadcrumbs");
        if (route.equals("/") || route.equals(SitePages.NOT_FOUND)) {
            assertThat(trails).as("no trail on %s", route).isEmpty();
            return;
        }
        assertThat(trails).as("breadcrumbs on %s", route).hasSize(1);
        Elements items = trails.first().select("> ol > li");
        assertThat(items).hasSizeGreaterThanOrEqualTo(2);
        assertThat(items.first().selectFirst("a").attr("href")).isEqualTo("/");
        Element current = items.last().selectFirst("[aria-current=page]");
        assertThat(current).as("aria-current=page on the last crumb of %s", route).isNotNull();
        assertThat(current.attr("href")).isEqualTo(route.replaceFirst("\\?.*", ""));
        assertThat(trails.first().select("[aria-current]")).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void needsNoScriptAndHasNoInlineStyleOrEventHandlers(String route) {
        Document page = WebPage.parse(port, route);
        assertThat(page.select("script:not([type=application/ld+json])")).as("scripts on %s", route).isEmpty();
        assertThat(page.select("style, [style]")).as("inline styles on %s", route).isEmpty();
        assertThat(page.select("[^on]")).as("event handler attributes on %s", route).isEmpty();
    }

    /** Screen readers announce an empty list as a list of no items. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void hasNoEmptyList(String route) {
        Document page = WebPage.parse(port, route);
        assertThat(page.select("ul:not(:has(> li)), ol:not(:has(> li)), dl:not(:has(> dt, > div > dt))"))
                .as("empty lists on %s", route).isEmpty();
    }

    private static int level(Element heading) {
        return heading.tagName().charAt(1) - '0';
    }
}
