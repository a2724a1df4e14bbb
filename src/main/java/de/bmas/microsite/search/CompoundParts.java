package de.bmas.microsite.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Stream;

/**
 * The words compounds may be split into: every noun of the content itself (a report about "Zuwanderung" uses the
 * word on its own somewhere) plus a short list of common nouns ({@code nouns.txt}) for parts the content only
 * ever uses inside compounds. Folded like the index, so each entry matches every spelling. A noun is a word the
 * content writes with a capital at least as often as in lower case, the words of e-mail and web addresses aside
 * („redaktion@…“): a German compound noun is made of nouns, and another word inside one is mostly chance („rund“
 * in „Migrationshintergrund“, „sich“ in „Fachkräftesicherung“), even where a sentence starts with it; a noun
 * that is also a verb's form („Stand“, „stand“) stays.
 */
final class CompoundParts {

    private static final String NOUNS = "nouns.txt";

    private CompoundParts() {
    }

    static CharArraySet of(List<SearchDocument> documents) {
        // per word: how often written with a capital, how often in lower case
        CharArrayMap<int[]> written = new CharArrayMap<>(1024, false);
        Analyzer words = GermanText.words();
        for (SearchDocument document : documents) {
            Stream.of(Stream.of(document.title(), document.teaser(), document.body()), document.topics().stream())
                    .flatMap(texts -> texts)
                    .forEach(text -> addWords(words, text, written));
        }
        CharArraySet parts = new CharArraySet(written.size(), false);
        written.forEach((word, counts) -> {
            if (counts[0] >= counts[1]) {
                parts.add(word);
            }
        });
        WordList.read(NOUNS).forEach(noun -> parts.add(GermanText.fold(noun)));
        return CharArraySet.unmodifiableSet(parts);
    }

    private static void addWords(Analyzer words, String text, CharArrayMap<int[]> written) {
        try (TokenStream stream = words.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                int start = offset.startOffset();
                if (term.length() < GermanText.MIN_PART || inAddress(text, start, offset.endOffset())) {
                    continue;
                }
                int[] counts = written.get(term.buffer(), 0, term.length());
                if (counts == null) {
                    counts = new int[2];
                    written.put(term.toString(), counts);
                }
                counts[Character.isUpperCase(text.charAt(start)) ? 0 : 1]++;
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading from a string cannot fail", e);
        }
    }

    /** A word of an e-mail or web address, which is written in lower case whatever it is. */
    private static boolean inAddress(String text, int start, int end) {
        char before = start > 0 ? text.charAt(start - 1) : ' ';
        char after = end < text.length() ? text.charAt(end) : ' ';
        boolean dotInside = after == '.' && end + 1 < text.length() && Character.isLetterOrDigit(text.charAt(end + 1));
        return before == '@' || before == '/' || before == '.' || after == '@' || after == '/' || dotInside;
    }
}
