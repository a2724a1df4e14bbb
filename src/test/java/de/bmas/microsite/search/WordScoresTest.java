package de.bmas.microsite.search;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kept word scores give what Lucene gives for the query of all words, or of any word where no document has all:
 * the same count, documents, order and scores, for word queries shaped like the search's own (fields weighted, a best
 * field, a bonus for the word as typed), several segments, ties and words no document has.
 */
class WordScoresTest {

    private static final String[] VOCABULARY = {"pflege", "ausbildung", "handwerk", "zuwanderung", "mentoring",
            "kita", "region", "netzwerk", "praxis", "energie", "sprache", "betrieb"};
    private static final String[] FIELDS = {"title", "body"};
    private static final int DOCUMENTS = 400;
    private static final int CASES = 300;

    private static IndexSearcher searcher;

    @BeforeAll
    static void index() throws IOException {
        Random random = new Random(20261201);
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        // small buffers flush often: the index has several segments, as the scores must be read across them
        IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer()).setMaxBufferedDocs(50);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int d = 0; d < DOCUMENTS; d++) {
                Document document = new Document();
                document.add(new TextField(FIELDS[0], words(random, 1 + random.nextInt(3)), Field.Store.NO));
                document.add(new TextField(FIELDS[1], words(random, random.nextInt(30)), Field.Store.NO));
                writer.addDocument(document);
            }
        }
        searcher = new IndexSearcher(DirectoryReader.open(directory));
        assertThat(searcher.getIndexReader().leaves()).hasSizeGreaterThan(1);
    }

    @Test
    void givesLuceneResultsForTheNeededWordsOrElseAnyWord() throws IOException {
        Random random = new Random(4711);
        WordScores scores = new WordScores(searcher);
        int allWords = 0;
        int anyWord = 0;
        for (int c = 0; c < CASES; c++) {
            List<Query> words = Stream.generate(() -> word(random)).limit(1 + random.nextInt(4)).toList();
            // the first words a page needs, the others optional, as for words the texts lack
            int required = 1 + random.nextInt(words.size());
            TopDocs expected = lucene(words, required);
            if (expected.totalHits.value == 0 && words.size() > 1) {
                expected = lucene(words, 0);
                anyWord += expected.scoreDocs.length > 0 ? 1 : 0;
            } else {
                allWords += expected.scoreDocs.length > 0 ? 1 : 0;
            }
            TopDocs actual = scores.best(words.subList(0, required), words.subList(required, words.size()), 20);
            assertThat(actual.totalHits).as("%s", words).isEqualTo(expected.totalHits);
            assertThat(hits(actual)).as("%s", words).isEqualTo(hits(expected));
        }
        // the comparison saw results of both passes, not only empty lists
        assertThat(allWords).isGreaterThan(CASES / 2);
        assertThat(anyWord).isGreaterThan(CASES / 10);
    }

    /** Lucene's results for the words, the first {@code required} of them a must. */
    private static TopDocs lucene(List<Query> words, int required) throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (int w = 0; w < words.size(); w++) {
            query.add(words.get(w), w < required ? Occur.MUST : Occur.SHOULD);
        }
        return searcher.search(query.build(), new TopScoreDocCollectorManager(20, Integer.MAX_VALUE));
    }

    private static List<String> hits(TopDocs top) {
        List<String> hits = new ArrayList<>();
        for (ScoreDoc hit : top.scoreDocs) {
            hits.add(hit.doc + ":" + hit.score);
        }
        return hits;
    }

    /** A word query as the search builds them, of a word that the documents may lack. */
    private static Query word(Random random) {
        String word = random.nextInt(10) == 0 ? "unbekannt" : VOCABULARY[random.nextInt(VOCABULARY.length)];
        DisjunctionMaxQuery inAnyField = new DisjunctionMaxQuery(List.of(
                new BoostQuery(new TermQuery(new Term(FIELDS[0], word)), 3f),
                new TermQuery(new Term(FIELDS[1], word))), 0.1f);
        return switch (random.nextInt(3)) {
            case 0 -> new TermQuery(new Term(FIELDS[1], word));
            case 1 -> inAnyField;
            default -> new BooleanQuery.Builder()
                    .add(inAnyField, Occur.MUST)
                    .add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(FIELDS[0], word))), 1000f),
                            Occur.SHOULD)
                    .build();
        };
    }

    private static String words(Random random, int count) {
        return String.join(" ", Stream.generate(() -> VOCABULARY[random.nextInt(VOCABULARY.length)])
                .limit(count).toList());
    }
}
