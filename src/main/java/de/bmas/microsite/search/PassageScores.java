package de.bmas.microsite.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score (BM25 over the passage, weighted by its position) without its hash of the passage's
 * terms: Lucene allocates a 32 KB block for it per candidate passage, and snippets of a new query scored thousands
 * of them, a tenth of the query's time. A passage has a handful of matches, so comparing each with those before
 * it finds its distinct terms as quickly, in the same order, and the score is the same.
 */
final class PassageScores extends PassageScorer {

    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        BytesRef[] terms = passage.getMatchTerms();
        double score = 0d;
        for (int i = 0; i < matches; i++) {
            if (firstOf(terms, i)) {
                score += tf(occurrences(terms, i, matches), passage.getLength())
                        * weight(contentLength, passage.getMatchTermFreqsInDoc()[i]);
            }
        }
        return (float) (score * norm(passage.getStartOffset()));
    }

    private static boolean firstOf(BytesRef[] terms, int match) {
        for (int i = 0; i < match; i++) {
            if (terms[i].equals(terms[match])) {
                return false;
            }
        }
        return true;
    }

    /** How often the term of {@code first}, its first match, occurs in the passage. */
    private static int occurrences(BytesRef[] terms, int first, int matches) {
        int count = 1;
        for (int i = first + 1; i < matches; i++) {
            if (terms[i].equals(terms[first])) {
                count++;
            }
        }
        return count;
    }
}
