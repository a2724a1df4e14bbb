package de.bmas.microsite.search;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The capitalised words a term stands beside. A term the texts always write after the same one („Cafe Moskau“,
 * „ESF Plus-Bundesprogramm“) or always before the same one („World Café“) is a word of a name: its entry in the
 * A–Z index is the whole name, which is what a reader looks for, not „Moskau“ or „World“ alone. Beside a
 * person's or a topic's name a term keeps its own entry („Staatssekretärin Leonie Gebers“: „Staatssekretärin“),
 * as the name has one of its own.
 */
final class Neighbours {

    /** Seen beside different words, or beside none. */
    private static final String VARIED = "";

    /** The neighbour's key on every mention so far, {@link #VARIED}, or null before the first mention. */
    private String before;
    private String after;
    /** Whether the word before stood at a sentence's start, where any word has a capital. */
    private boolean beforeStartsSentence;
    /** How often the texts write the term with the word before, after, or both; kept only while one may be fixed. */
    private Map<String, Integer> withBefore;
    private Map<String, Integer> withAfter;
    private Map<String, Integer> withBoth;

    /** A name's words (the analysis's keys) and how it is written in the index. */
    record Name(String key, String label) {
    }

    /** One mention of {@code word} in {@code text}, with the capitalised words right before and after it, or null. */
    void saw(String text, TextWord word, TextWord wordBefore, TextWord wordAfter) {
        before = same(before, wordBefore == null ? null : wordBefore.key());
        after = same(after, wordAfter == null ? null : wordAfter.key());
        beforeStartsSentence |= wordBefore != null && Capitals.startsSentence(text, wordBefore.start());
        if (VARIED.equals(before) && VARIED.equals(after)) {
            withBefore = withAfter = withBoth = null;
            return;
        }
        int start = wordBefore == null ? word.start() : wordBefore.start();
        int end = wordAfter == null ? word.end() : wordAfter.end();
        withBefore = count(withBefore, text.substring(start, word.end()));
        withAfter = count(withAfter, text.substring(word.start(), end));
        withBoth = count(withBoth, text.substring(start, end));
    }

    /**
     * The name {@code key} is a word of, if any. A word before it at a sentence's start counts only if the texts
     * write it as a {@code noun} ("ESF", not "Diese" Website). The name is written as the texts write it most
     * often (of two as often, the shorter). If its last word has a case ending, which the texts also write without
     * ({@code written}: every spelling of a key), so must the name be. A name whose first word the texts write in
     * more than one way is declined („der Deutsche Fachkräftepreis“, „des Deutschen Fachkräftepreises“): its
     * nominative cannot be told, so the term keeps its own entry.
     */
    Optional<Name> name(String key, Set<String> names, Predicate<String> noun,
                        Function<String, Set<String>> written) {
        String fixedBefore = fixed(before, names);
        if (fixedBefore != null && beforeStartsSentence && !noun.test(fixedBefore)) {
            fixedBefore = null;
        }
        String fixedAfter = fixed(after, names);
        if (fixedBefore == null && fixedAfter == null) {
            return Optional.empty();
        }
        Map<String, Integer> spellings = fixedBefore == null ? withAfter : fixedAfter == null ? withBefore : withBoth;
        if (spellings.keySet().stream().map(spelled -> spelled.substring(0, spelled.indexOf(' '))).distinct()
                .count() > 1) {
            return Optional.empty();
        }
        String spelling = Capitals.mostOften(spellings);
        String lastWord = spelling.substring(spelling.lastIndexOf(' ') + 1);
        boolean inflected = Capitals.uninflected(lastWord, written.apply(fixedAfter == null ? key : fixedAfter))
                .isPresent();
        Optional<String> label = inflected ? Capitals.uninflected(spelling, spellings.keySet()) : Optional.of(spelling);
        String nameKey = (fixedBefore == null ? "" : fixedBefore + " ") + key
                + (fixedAfter == null ? "" : " " + fixedAfter);
        return label.map(spelled -> new Name(nameKey, spelled));
    }

    private static Map<String, Integer> count(Map<String, Integer> spellings, String spelling) {
        Map<String, Integer> counted = spellings == null ? new HashMap<>() : spellings;
        counted.merge(spelling, 1, Integer::sum);
        return counted;
    }

    private static String same(String seen, String neighbour) {
        String now = neighbour == null ? VARIED : neighbour;
        return seen == null || seen.equals(now) ? now : VARIED;
    }

    private static String fixed(String neighbour, Set<String> names) {
        return neighbour == null || neighbour.equals(VARIED) || names.contains(neighbour) ? null : neighbour;
    }
}
