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

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The page a search answers with: its heading says how many results there are for what ("3 Ergebnisse für
 * „Zuwanderung“"), which screen readers announce first. Without results, or without anything to search for, it
 * says what one can search for and leads to the A–Z index.
 */
final class ResultsPage {

    static final String TITLE = "Suche";

    private ResultsPage() {
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
        return count + " für „" + SnippetFormatter.printable(outcome.query()) + "“";
    }
}
