package de.bmas.microsite.check;

import de.bmas.microsite.content.source.ContentReport;
import de.bmas.microsite.content.source.Problem;
import de.bmas.microsite.content.model.SourcePosition;

import java.util.List;

/**
 * Problems for the formatters, made directly rather than by loading content, and two whose text holds everything a
 * format has to escape or keep: umlauts, typographic and straight quotes, colons, commas, percent signs, CR and LF.
 */
final class Problems {

    /** A path with a percent sign, a comma and a colon, all legal in a file name. */
    static final String AWKWARD_PATH = "inhalt/seiten/100%,a:b.md";

    static final Problem AWKWARD_ERROR = error(AWKWARD_PATH, 3, 7, "Unbekanntes Feld „Größe: 100 %, \"roh\"“",
            "Meinten Sie „groesse“?\r\nErlaubt: a, b – 50 %.");

    static final Problem AWKWARD_WARNING = warning("inhalt/themen/arbeit.md", 12, 1,
            "Der Kopfbereich kann nicht gelesen werden (Zeile 2: \"a\",\nZeile 3: 'b')", null);

    private Problems() {
    }

    static Problem error(String path, int line, int column, String message, String hint) {
        return Problem.error(new SourcePosition(path, line, column), message, hint);
    }

    static Problem warning(String path, int line, int column, String message, String hint) {
        return Problem.warning(new SourcePosition(path, line, column), message, hint);
    }

    static ContentReport report(Problem... problems) {
        return new ContentReport(List.of(problems));
    }
}
