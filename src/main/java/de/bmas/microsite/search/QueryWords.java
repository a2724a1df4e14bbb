package de.bmas.microsite.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A query's text read with the index's own analysis, so its words are spelt and split as in the index: each word
 * once, at most {@link UserQuery#MAX_WORDS}, with where it stands in the text.
 */
final class QueryWords {

    private QueryWords() {
    }

    /**
     * One analysed word: its stem, its spelling as typed and folded, the compound parts it has, and where it ends in
     * the text.
     */
    record Word(String term, String typed, String folded, List<String> parts, int end) {
    }

    /** The words of a query, and where the text after the last word searched for begins, or -1. */
    record Read(List<Word> words, int ignoredFrom) {
    }

    static Read read(String text, Analyzer analysis) {
        Map<String, Word> words = new LinkedHashMap<>();
        List<String> parts = List.of();
        int ignoredFrom = -1;
        try (TokenStream stream = analysis.tokenStream(SearchField.BODY.key(), text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (position.getPositionIncrement() == 0) {
                    parts.add(term.toString());
                } else if (words.size() < UserQuery.MAX_WORDS || words.containsKey(term.toString())) {
                    // a word asked for twice is one word, also after the tenth: its parts are read once
                    parts = new ArrayList<>();
                    String typed = text.substring(offset.startOffset(), offset.endOffset());
                    words.putIfAbsent(term.toString(),
                            new Word(term.toString(), typed, GermanText.fold(typed), parts, offset.endOffset()));
                } else {
                    ignoredFrom = offset.startOffset();
                    break;
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading from a string cannot fail", e);
        }
        return new Read(List.copyOf(words.values()), ignoredFrom);
    }

    /**
     * Two words typed apart that the texts write as one ("Key Note", "Info-Stand" for "Keynote", "Infostand"), as
     * that one word; or null.
     */
    static Word together(String text, Word first, Word second, Analyzer analysis, SimilarTerms similar)
            throws IOException {
        String between = text.substring(first.end(), second.end() - second.typed().length());
        if (!between.equals(" ") && !between.equals("-")) {
            return null;
        }
        List<Word> joined = read(first.typed() + second.typed(), analysis).words();
        return joined.size() == 1 && similar.known(joined.get(0).term()) ? joined.get(0) : null;
    }
}
