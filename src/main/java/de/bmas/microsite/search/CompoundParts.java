package de.bmas.microsite.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Stream;

/**
 * The words compounds may be split into: every word of the content itself (a report about "Zuwanderung" uses the
 * word on its own somewhere) plus a short list of common nouns ({@code nouns.txt}) for parts the content only
 * ever uses inside compounds. Folded like the index, so each entry matches every spelling.
 */
final class CompoundParts {

    private static final String NOUNS = "nouns.txt";

    private CompoundParts() {
    }

    static CharArraySet of(List<SearchDocument> documents) {
        CharArraySet parts = new CharArraySet(1024, false);
        Analyzer words = GermanText.words();
        for (SearchDocument document : documents) {
            Stream.of(Stream.of(document.title(), document.teaser(), document.body()), document.topics().stream())
                    .flatMap(texts -> texts)
                    .forEach(text -> addWords(words, text, parts));
        }
        WordList.read(NOUNS).forEach(noun -> parts.add(GermanText.fold(noun)));
        return CharArraySet.unmodifiableSet(parts);
    }

    private static void addWords(Analyzer words, String text, CharArraySet parts) {
        try (TokenStream stream = words.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (term.length() >= GermanText.MIN_PART && !parts.contains(term.buffer(), 0, term.length())) {
                    parts.add(term.toString());
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading from a string cannot fail", e);
        }
    }
}
