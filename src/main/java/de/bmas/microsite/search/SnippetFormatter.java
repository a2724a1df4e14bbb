package de.bmas.microsite.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Formats the highlighter's passages as safe HTML: every character of the document's text is escaped or replaced,
 * and the only markup added is {@code <mark>} around matches. Characters HTML does not allow in text (control
 * characters, unpaired surrogates, noncharacters) become a space or U+FFFD.
 */
final class SnippetFormatter extends PassageFormatter {

    private static final String MARK = "<mark>";
    private static final String MARK_END = "</mark>";
    private static final String ELLIPSIS = "…";

    /**
     * How many different words (as written, ignoring case) the snippet marks. Text cannot contain {@link #MARK} once
     * escaped, so each one is a match.
     */
    static int markedWords(String snippet) {
        Set<String> words = new HashSet<>();
        for (int start = snippet == null ? -1 : snippet.indexOf(MARK); start >= 0;
             start = snippet.indexOf(MARK, start + 1)) {
            int from = start + MARK.length();
            words.add(snippet.substring(from, snippet.indexOf(MARK_END, from)).toLowerCase(Locale.ROOT));
        }
        return words.size();
    }

    @Override
    public String format(Passage[] passages, String content) {
        if (passages.length == 0) {
            return "";
        }
        List<String> texts = new ArrayList<>(passages.length);
        for (Passage passage : passages) {
            texts.add(passage(passage, content).strip());
        }
        String before = passages[0].getStartOffset() > 0 ? ELLIPSIS + " " : "";
        String after = passages[passages.length - 1].getEndOffset() < content.strip().length() ? " " + ELLIPSIS : "";
        return before + String.join(" " + ELLIPSIS + " ", texts) + after;
    }

    private static String passage(Passage passage, String content) {
        StringBuilder html = new StringBuilder();
        int position = passage.getStartOffset();
        for (int i = 0; i < passage.getNumMatches(); i++) {
            int matchStart = Math.max(passage.getMatchStarts()[i], position);
            int matchEnd = passage.getMatchEnds()[i];
            if (matchEnd > matchStart) { // a compound's parts share its offsets: marked once
                escape(content, position, matchStart, html);
                html.append(MARK);
                escape(content, matchStart, matchEnd, html);
                html.append(MARK_END);
                position = matchEnd;
            }
        }
        escape(content, position, passage.getEndOffset(), html);
        return html.toString();
    }

    static void escape(String text, int from, int to, StringBuilder html) {
        String printable = printable(text.substring(from, to));
        for (int i = 0; i < printable.length(); i++) {
            char c = printable.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
    }

    /**
     * {@code text} with the characters HTML does not allow in text replaced: control characters by a space,
     * unpaired surrogates and noncharacters by U+FFFD. For text a page shows as it is, such as the query.
     */
    static String printable(String text) {
        StringBuilder printable = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(c, text.charAt(++i));
                printable.appendCodePoint(isNoncharacter(codePoint) ? '\uFFFD' : codePoint);
            } else if (Character.isSurrogate(c) || isNoncharacter(c)) {
                printable.append('\uFFFD');
            } else {
                printable.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        return printable.toString();
    }

    private static boolean isNoncharacter(int codePoint) {
        return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
    }
}
