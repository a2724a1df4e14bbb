package de.bmas.microsite.outputs;

/**
 * Folds iCalendar content lines at 75 octets (RFC 5545, 3.1). ical4j folds at 75 UTF-16 characters, so German
 * lines with umlauts, dashes and quotation marks come out longer than the RFC allows; here a line breaks only
 * between whole characters, and the leading space of a continuation counts.
 */
final class ContentLines {

    static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";

    private ContentLines() {
    }

    /** {@code unfolded}: CRLF-terminated content lines as ical4j writes them without folding. */
    static String fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 50);
        for (String line : unfolded.split(CRLF)) {
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int size = utf8Length(codePoint);
                if (octets + size > MAX_OCTETS) {
                    out.append(CRLF).append(' ');
                    octets = 1;
                }
                out.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            out.append(CRLF);
        }
        return out.toString();
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
