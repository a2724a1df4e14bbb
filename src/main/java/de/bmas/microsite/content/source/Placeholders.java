package de.bmas.microsite.content.source;

import de.bmas.microsite.content.model.SourcePosition;

import java.util.List;
import java.util.Set;

/**
 * The marks of content that is not finished yet: pages marked {@code placeholder: true}, {@code [Platzhalter: …]}
 * in the text, addresses on {@code example.org} and {@code TODO}. Each is a warning for editors; the publishing
 * guard recognises them among the other warnings by their fixed messages, which are defined here only.
 */
public final class Placeholders {

    private static final String MARKED_PAGE = "Die Seite ist als Platzhalter markiert";
    private static final String ADDRESS = "Platzhalter-Adresse „example.org“";
    private static final String TEXT = "Platzhalter im Text";
    private static final String OPEN_ITEM = "Offener Punkt „TODO“";
    private static final Set<String> MESSAGES = Set.of(MARKED_PAGE, ADDRESS, TEXT, OPEN_ITEM);

    private Placeholders() {
    }

    /** The placeholders of a report, in its order. */
    public static List<Problem> in(ContentReport report) {
        return report.problems().stream()
                .filter(problem -> !problem.isError() && MESSAGES.contains(problem.message()))
                .toList();
    }

    static void findIn(SourceText source, List<Problem> problems) {
        source.find("example.org").forEach(at -> problems.add(Problem.warning(at, ADDRESS,
                "Ersetzen Sie sie durch die echte Adresse, sobald sie bekannt ist.")));
        source.find("TODO").forEach(at -> problems.add(Problem.warning(at, OPEN_ITEM,
                "Ergänzen Sie den fehlenden Text oder entfernen Sie den Vermerk.")));
        source.find("[Platzhalter").forEach(at -> problems.add(Problem.warning(at, TEXT,
                "Ersetzen Sie ihn, sobald die Angabe bekannt ist.")));
    }

    static Problem markedPage(SourcePosition at) {
        return Problem.warning(at, MARKED_PAGE, "Entfernen Sie „placeholder: true“, sobald alle Angaben echt sind.");
    }
}
