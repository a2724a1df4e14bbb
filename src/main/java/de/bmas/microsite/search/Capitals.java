package de.bmas.microsite.search;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** How a word in a German text is written: the signs of nouns, names and abbreviations. */
final class Capitals {

    private static final String SENTENCE_ENDS = ".!?:";
    private static final String OPENERS = "„“\"(";
    /** Of the genitive and the dative plural, longest first („-es“ before „-s“). */
    private static final List<String> CASE_ENDINGS = List.of("es", "en", "s", "n");

    private Capitals() {
    }

    /**
     * Whether {@code text} from {@code start} to {@code end} is an abbreviation: two to six capitals. Checked per
     * character, as are the others, for every word of every text: regular expressions cost a tenth of the index.
     */
    static boolean abbreviation(String text, int start, int end) {
        int length = end - start;
        if (length < 2 || length > 6) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (!Character.isUpperCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the word is written as a noun, a name or an abbreviation: a capital, then letters or digits. */
    static boolean capitalised(String text, int start, int end) {
        if (!Character.isUpperCase(text.codePointAt(start))) {
            return false;
        }
        for (int i = start + Character.charCount(text.codePointAt(start)); i < end; ) {
            int c = text.codePointAt(i);
            if (!Character.isLetterOrDigit(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** The spelling the texts write most often; of two as often, the shorter (no case ending). */
    static String mostOften(Map<String, Integer> spellings) {
        return spellings.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.comparing(String::length).reversed())))
                .orElseThrow().getKey();
    }

    /** The spelling without a case ending, if it has one and the texts write that form too ({@code written}). */
    static Optional<String> uninflected(String spelling, Set<String> written) {
        return CASE_ENDINGS.stream().filter(spelling::endsWith)
                .map(ending -> spelling.substring(0, spelling.length() - ending.length()))
                .filter(written::contains)
                .findFirst();
    }

    /** At the start of the text or after a full stop, so written with a capital whatever its kind. */
    static boolean startsSentence(String text, int start) {
        int i = start - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || OPENERS.indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i < 0 || SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0;
    }
}
