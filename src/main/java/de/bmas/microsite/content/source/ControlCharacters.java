package de.bmas.microsite.content.source;

import de.bmas.microsite.content.model.SourcePosition;

/**
 * Invisible control characters (often pasted from other programs) have no meaning on a page and are not allowed
 * in XML at all, so they would break the feed and the schedule: they are reported where they stand.
 */
final class ControlCharacters {

    private ControlCharacters() {
    }

    /** {@code text} without the characters HTML forbids. */
    static String strip(String text) {
        StringBuilder kept = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            boolean forbidden = forbidden(codePoint);
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
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            if (forbidden(text.codePointAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * C0 and C1 controls except tab, line feed and carriage return, and the noncharacters: HTML forbids them all
     * (the Nu Html Checker reports each as a "forbidden code point"). A loop, not a regular expression: one with
     * supplementary ranges is slow, and every content file is searched whole.
     */
    private static boolean forbidden(int codePoint) {
        return codePoint < 0x20 && codePoint != '\t' && codePoint != '\n' && codePoint != '\r'
                || codePoint >= 0x7F && codePoint <= 0x9F || codePoint >= 0xFDD0 && codePoint <= 0xFDEF
                || (codePoint & 0xFFFE) == 0xFFFE;
    }

    static Problem problem(SourcePosition at) {
        return Problem.error(at, "Unsichtbares Steuerzeichen im Text",
                "Löschen Sie die Stelle und tippen Sie sie neu; solche Zeichen entstehen oft beim Kopieren.");
    }
}
