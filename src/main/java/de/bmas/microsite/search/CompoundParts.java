package de.bmas.microsite.search;

import org.apache.lucene.analysis.Analyzer;
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
 * content only ever writes with a capital: a German compound noun is made of nouns, and another word inside one
 * is mostly chance („rund“ in „Migrationshintergrund“, „sich“ in „Fachkräftesicherung“), even where a sentence
 * starts with it.
 */
final class CompoundParts {

    private static final String NOUNS = "nouns.txt";

    private CompoundParts() {
    }

    static CharArraySet of(List<SearchDocument> documents) {
        CharArraySet capitalised = new CharArraySet(1024, false);
        CharArraySet lowerCase = new CharArraySet(1024, false);
        Analyzer words = GermanText.words();
        for (SearchDocument document : documents) {
            Stream.of(Stream.of(document.title(), document.teaser(), document.body()), document.topics().stream())
                    .flatMap(texts -> texts)
                    .forEach(text -> addWords(words, text, capitalised, lowerCase));
        }
        CharArraySet parts = new CharArraySet(capitalised.size(), false);
        capitalised.stream().filter(noun -> !lowerCase.contains(noun)).forEach(parts::add);
        WordList.read(NOUNS).forEach(noun -> parts.add(GermanText.fold(noun)));
        return CharArraySet.unmodifiableSet(parts);
    }

    private static void addWords(Analyzer words, String text, CharArraySet capitalised, CharArraySet lowerCase) {
        try (TokenStream stream = words.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                boolean capital = Character.isUpperCase(text.charAt(offset.startOffset()));
                CharArraySet written = capital ? capitalised : lowerCase;
                if (term.length() >= GermanText.MIN_PART && !written.contains(term.buffer(), 0, term.length())) {
                    written.add(term.toString());
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading from a string cannot fail", e);
        }
    }
}
