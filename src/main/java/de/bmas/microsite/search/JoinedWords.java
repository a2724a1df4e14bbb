package de.bmas.microsite.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

import java.io.IOException;
import java.util.List;

/**
 * The two words of the index that a query word joins, where the index does not know the word itself: visitors type
 * hyphenated names and names of two words run together ("Jobturbo" for "Job-Turbo", "MYTURN" for "MY TURN"), and
 * the parts are too short for the compound dictionary, which splits only into parts of four letters or more. Both
 * parts must stand in one text, so a short part alone finds nothing.
 */
final class JoinedWords {

    private static final int MIN_PART = 2;

    private final IndexReader reader;

    JoinedWords(IndexReader reader) {
        this.reader = reader;
    }

    /** The first split of {@code word}, a word the index does not know, into two words of the texts. */
    List<String> parts(String word) throws IOException {
        if (word.length() < 2 * MIN_PART) {
            return List.of();
        }
        String field = SearchField.BODY.key();
        for (int split = MIN_PART; split <= word.length() - MIN_PART; split++) {
            String left = word.substring(0, split);
            String right = word.substring(split);
            if (reader.docFreq(new Term(field, left)) > 0 && reader.docFreq(new Term(field, right)) > 0) {
                return List.of(left, right);
            }
        }
        return List.of();
    }
}
