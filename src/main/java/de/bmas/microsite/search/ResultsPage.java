package de.bmas.microsite.search;

import de.bmas.microsite.content.model.Snapshot;
import de.bmas.microsite.search.SearchOutcome.Empty;
import de.bmas.microsite.search.SearchOutcome.Found;
import de.bmas.microsite.search.SearchOutcome.TooLong;
import de.bmas.microsite.site.Chrome;
import de.bmas.microsite.site.Crumbs;
import de.bmas.microsite.site.Routes;
import de.bmas.microsite.site.View;
import de.bmas.microsite.site.ViewMeta;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The page a search answers with: its heading says how many results there are for what ("3 Ergebnisse für
 * „Zuwanderung“"), which screen readers announce first. Without results, or without anything to search for, it
 * says what one can search for and leads to the A–Z index. Results fill pages of {@value SearchIndex#PAGE_SIZE},
 * linked to each other.
 */
final class ResultsPage {

    static final String TITLE = "Suche";
    /** The query parameter of a results page's number; the first page is the address without it. */
    static final String PAGE = "seite";
    /** A page's number as links write it: no leading zeros, signs or blanks (up to 4 digits, so it parses). */
    private static final Pattern PAGE_NUMBER = Pattern.compile("[1-9][0-9]{0,3}");

    private ResultsPage() {
    }

    /** The results page that {@code parameter} ({@link #PAGE}, null where the address has none) names, if any. */
    static OptionalInt number(String parameter) {
        if (parameter == null) {
            return OptionalInt.of(1);
        }
        if (!PAGE_NUMBER.matcher(parameter).matches()) {
            return OptionalInt.empty();
        }
        int page = Integer.parseInt(parameter);
        return page <= SearchIndex.MAX_PAGES ? OptionalInt.of(page) : OptionalInt.empty();
    }

    /** How many results pages {@code outcome} has: one, unless results fill more. */
    static int pages(SearchOutcome outcome) {
        return outcome instanceof Found found ? found.pages() : 1;
    }

    static View of(SearchOutcome outcome, Snapshot snapshot) {
        String heading = heading(outcome);
        String description = "Suche auf dieser Website zur Veranstaltung „" + snapshot.event().meta().name() + "“.";
        ViewMeta meta = ViewMeta.of(heading, description, Crumbs.trail(TITLE, Routes.SEARCH),
                snapshot.event().lastModified());
        Map<String, Object> model = new HashMap<>();
        model.put("heading", heading);
        model.put("hits", outcome instanceof Found found ? found.hits() : List.of());
        model.put("total", outcome instanceof Found found ? found.total() : 0L);
        model.put("ignored", outcome instanceof Found found ? found.ignored() : "");
        model.put("lookAlikes", outcome instanceof Found found && found.total() > 0 ? lookAlikes(found.unknown()) : "");
        model.put("maxWords", UserQuery.MAX_WORDS);
        model.put("tooLong", outcome instanceof TooLong);
        model.put("nothingToSearch", outcome instanceof Empty && !outcome.query().isEmpty());
        model.put("maxLength", Chrome.MAX_QUERY_LENGTH);
        if (outcome instanceof Found found && found.pages() > 1) {
            model.put("pages", Pages.of(found));
        }
        if (!(outcome instanceof TooLong)) {
            // the header's search field shows what was searched for, ready to be changed
            model.put("searchQuery", SnippetFormatter.printable(outcome.query()));
        }
        return new View(Routes.SEARCH, "search/results", meta, model);
    }

    /**
     * That the results show other words than some typed, which a visitor would otherwise take for exact matches: not
     * „on no page“, as the search does not read the pages' header and footer, nor other forms of a word.
     */
    private static String lookAlikes(List<String> unknown) {
        if (unknown.isEmpty()) {
            return "";
        }
        List<String> quoted = unknown.stream().map(word -> "„" + SnippetFormatter.printable(word) + "“").toList();
        String words = quoted.size() == 1 ? quoted.get(0)
                : String.join(", ", quoted.subList(0, quoted.size() - 1)) + " und " + quoted.get(quoted.size() - 1);
        return "Die Suche hat " + words + " in dieser Form nicht gefunden und zeigt Seiten mit ähnlich geschriebenen "
                + "Wörtern, längeren Wörtern oder Wortteilen.";
    }

    static String heading(SearchOutcome outcome) {
        if (outcome instanceof TooLong) {
            return "Suchanfrage zu lang";
        }
        if (outcome.query().isEmpty()) {
            return TITLE;
        }
        long total = outcome instanceof Found found ? found.total() : 0;
        String count = total == 0 ? "Keine Ergebnisse"
                : total == 1 ? "1 Ergebnis"
                : String.format(Locale.GERMAN, "%,d Ergebnisse", total);
        String heading = count + " für „" + SnippetFormatter.printable(outcome.query()) + "“";
        // in the heading and so in the title: each page of results has a title of its own
        return outcome instanceof Found found && found.pages() > 1
                ? heading + ", Seite " + found.page() + " von " + found.pages() : heading;
    }

    /**
     * Where a page of results stands among them, and the addresses of the pages before and after it (null for none).
     *
     * @param first the number of its first result, for the list to count on from there
     */
    record Pages(String range, int first, String previous, String next) {

        static Pages of(Found found) {
            int last = found.first() + found.hits().size() - 1;
            String range = found.first() == last
                    ? String.format(Locale.GERMAN, "Ergebnis %,d von %,d.", last, found.total())
                    : String.format(Locale.GERMAN, "Ergebnisse %,d bis %,d von %,d.", found.first(), last,
                    found.total());
            if (found.total() > SearchIndex.MAX_RESULTS) {
                range += String.format(Locale.GERMAN, " Angezeigt werden die %,d besten Ergebnisse. Mit weiteren "
                        + "Wörtern wird die Suche genauer.", SearchIndex.MAX_RESULTS);
            }
            return new Pages(range, found.first(), found.page() > 1 ? address(found, found.page() - 1) : null,
                    found.page() < found.pages() ? address(found, found.page() + 1) : null);
        }

        private static String address(Found found, int page) {
            String query = Routes.SEARCH + "?" + Chrome.SEARCH_QUERY + "="
                    + URLEncoder.encode(found.query(), StandardCharsets.UTF_8);
            return page == 1 ? query : query + "&" + PAGE + "=" + page;
        }
    }
}
