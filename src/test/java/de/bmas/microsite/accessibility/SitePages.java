package de.bmas.microsite.accessibility;

import de.bmas.microsite.site.PreparedResponse;
import de.bmas.microsite.site.Routes;
import de.bmas.microsite.site.SiteHolder;

import java.util.List;
import java.util.stream.Stream;

/**
 * Every HTML page the running site serves, taken from the rendered site itself, plus the 404 page and the search
 * in its states: with results, with results for a word no page has, on two pages, without, with nothing to search
 * for and with a query too long.
 */
final class SitePages {

    /** A path that no content produces, so the server answers with its error page. */
    static final String NOT_FOUND = "/diese-seite-gibt-es-nicht";
    static final List<String> SEARCHES = List.of(Routes.SEARCH + "?q=Zuwanderung", Routes.SEARCH + "?q=Vortrag",
            Routes.SEARCH + "?q=Arbeit", Routes.SEARCH + "?q=Arbeit&seite=2", Routes.SEARCH + "?q=xyzzy",
            Routes.SEARCH, Routes.SEARCH + "?q=" + "Zuwanderung+".repeat(17));

    private SitePages() {
    }

    static List<String> routes(SiteHolder holder) {
        Stream<String> pages = holder.current().rendered().responses().stream()
                .filter(resource -> resource.contentType().startsWith("text/html"))
                .map(PreparedResponse::route)
                .sorted();
        return Stream.of(pages, SEARCHES.stream(), Stream.of(NOT_FOUND)).flatMap(routes -> routes).toList();
    }
}
