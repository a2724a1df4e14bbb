package de.bmas.microsite.content.source;

import de.bmas.microsite.content.model.SourcePosition;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Invisible control characters (often pasted from other programs) have no meaning on a page and are not allowed
 * in XML at all, so they would break the feed and the schedule: they are reported where they stand.
 */
final class ControlCharacters {

    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\uFFFE\\uFFFF]");

    private ControlCharacters() {
    }

    static boolean contains(String text) {
        return indexIn(text) >= 0;
    }

    /** The index of the first control character, or -1. */
    static int indexIn(String text) {
        Matcher matcher = CONTROL.matcher(text);
        return matcher.find() ? matcher.start() : -1;
    }

    static Problem problem(SourcePosition at) {
        return Problem.error(at, "Unsichtbares Steuerzeichen im Text",
                "Löschen Sie die Stelle und tippen Sie sie neu; solche Zeichen entstehen oft beim Kopieren.");
    }
}
