package de.bmas.microsite.content.source;

import de.bmas.microsite.content.model.SourcePosition;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Invisible control characters (often pasted from other programs) have no meaning on a page and are not allowed
 * in XML at all, so they would break the feed and the schedule: they are reported where they stand.
 */
final class ControlCharacters {

    /**
     * C0 and C1 controls except tab, line feed and carriage return, and the noncharacters: HTML forbids them all
     * (the Nu Html Checker reports each as a "forbidden code point").
     */
    static final String PATTERN = "[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\x{FDD0}-\\x{FDEF}"
            + IntStream.rangeClosed(0, 16).mapToObj(plane -> String.format("\\x{%1$XFFFE}\\x{%1$XFFFF}", plane))
            .collect(Collectors.joining()) + "]";
    private static final Pattern CONTROL = Pattern.compile(PATTERN);

    private ControlCharacters() {
    }

    /** {@code text} without the characters {@link #PATTERN} matches; a loop, as a regular expression with
     * supplementary ranges is slow on long texts. */
    static String strip(String text) {
        StringBuilder kept = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            boolean forbidden = codePoint < 0x20 && codePoint != '\t' && codePoint != '\n' && codePoint != '\r'
                    || codePoint >= 0x7F && codePoint <= 0x9F || codePoint >= 0xFDD0 && codePoint <= 0xFDEF
                    || (codePoint & 0xFFFE) == 0xFFFE;
            if (forbidden && kept == null) {
                kept = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!forbidden && kept != null) {
                kept.append(text, i, next);
            }
            i = next;
        }
        return kept == null ? text : kept.toString();
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
