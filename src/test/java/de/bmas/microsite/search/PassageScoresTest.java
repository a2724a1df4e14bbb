package de.bmas.microsite.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The snippet shown is the passage Lucene's own scoring would pick: the faster scores are the same. */
class PassageScoresTest {

    private static Passage passage(int start, int end, String... matches) {
        Passage passage = new Passage();
        passage.setStartOffset(start);
        passage.setEndOffset(end);
        int offset = start;
        for (String match : matches) {
            // how often the term occurs in the whole text differs per term, as in a real document
            passage.addMatch(offset, offset + match.length(), new BytesRef(match), 1 + match.length() % 4);
            offset += match.length() + 1;
        }
        return passage;
    }

    @Test
    void scoresAsLuceneDoesWithRepeatedAndDistinctTerms() {
        PassageScorer lucene = new PassageScorer();
        PassageScores ours = new PassageScores();
        Passage[] passages = {
                passage(0, 160),
                passage(0, 160, "pflege"),
                passage(240, 400, "pflege", "zuwanderung", "pflege"),
                passage(1_000, 1_150, "fachkraft", "fachkraft", "fachkraft"),
                passage(17, 120, "ausbildung", "handwerk", "handwerk", "ausbildung", "kammer")};
        for (Passage passage : passages) {
            assertThat(ours.score(passage, 2_000)).as(passage.toString()).isEqualTo(lucene.score(passage, 2_000));
        }
        assertThat(ours.score(passages[2], 2_000)).isGreaterThan(ours.score(passages[1], 2_000));
    }
}
