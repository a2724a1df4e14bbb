package de.bmas.microsite.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.HitQueue;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.ArrayUtil;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The best documents for a query of words, from each word's documents and scores, which Lucene computes once per
 * word and which are kept: a new query is mostly words asked before ("Pflege Ausbildung" after "Pflege"), and
 * Lucene scored every document of each of its words again, for the exact total. The words' scores are added up as
 * in a Lucene {@code BooleanQuery} of the words, and ties go to the lower document number as in Lucene's
 * collectors, so the results and their order are those of that query.
 */
final class WordScores {

    /**
     * Bounded by bytes, as words are whatever anyone sends: 2 KB per document, between 1 MB and 32 MB. A frequent
     * word of 10,000 sessions matches about 6,000 documents (48 KB), and the cache holds several hundred such words
     * and many more rarer ones; the index of a congress of a few dozen pages keeps about 700 words in 1 MB, beside a
     * heap sized for its site.
     */
    private static final long BYTES_PER_DOCUMENT = 2 << 10;
    private static final long MIN_BYTES = 1L << 20;
    private static final long MAX_BYTES = 32L << 20;
    /** About what a word's query and the cache's entry take besides the lists. */
    private static final int ENTRY_BYTES = 1024;

    /** The documents one word matches, in ascending order, and their scores. */
    private record Matches(int[] docs, float[] scores) {
        static final Matches NONE = new Matches(new int[0], new float[0]);

        int size() {
            return docs.length;
        }
    }

    private final IndexSearcher searcher;
    private final Cache<Query, Matches> kept;

    WordScores(IndexSearcher searcher) {
        this.searcher = searcher;
        long bytes = Math.max(MIN_BYTES, Math.min(MAX_BYTES, BYTES_PER_DOCUMENT * searcher.getIndexReader().maxDoc()));
        this.kept = Caffeine.newBuilder()
                .maximumWeight(bytes)
                .<Query, Matches>weigher((word, matches) -> ENTRY_BYTES + Integer.BYTES * 2 * matches.size())
                .build();
    }

    /**
     * The best {@code count} documents with every {@code required} word, to which the {@code optional} words add
     * their scores where they match, or, where no document has all required words, with any word, the more words
     * the higher; and exactly how many match. Each word's list is looked up once for both.
     */
    TopDocs best(List<Query> required, List<Query> optional, int count) throws IOException {
        List<Query> words = new ArrayList<>(required);
        words.addAll(optional);
        Matches[] lists = new Matches[words.size()];
        for (int w = 0; w < lists.length; w++) {
            lists[w] = matches(words.get(w));
        }
        TopDocs all = Arrays.stream(lists, 0, required.size()).anyMatch(list -> list.size() == 0)
                ? new TopDocs(new TotalHits(0, TotalHits.Relation.EQUAL_TO), new ScoreDoc[0])
                : best(lists, required.size(), count);
        return all.totalHits.value == 0 && lists.length > 1 ? best(lists, 0, count) : all;
    }

    /**
     * The best {@code count} documents of the first {@code required} lists (of any list if none is required), with
     * the scores of every list they are in, and exactly how many there are.
     */
    private static TopDocs best(Matches[] lists, int required, int count) {
        int[] next = new int[lists.length];
        HitQueue queue = new HitQueue(count, false);
        ScoreDoc spare = null;
        long total = 0;
        for (int doc = first(lists, next); doc != Integer.MAX_VALUE; doc = first(lists, next)) {
            // as Lucene's boolean scorers: the required and the optional clauses each added in double, then the
            // two sums in float
            double requiredScore = 0;
            double optionalScore = 0;
            int matchedRequired = 0;
            for (int w = 0; w < lists.length; w++) {
                if (next[w] < lists[w].size() && lists[w].docs[next[w]] == doc) {
                    if (w < required) {
                        requiredScore += lists[w].scores[next[w]++];
                        matchedRequired++;
                    } else {
                        optionalScore += lists[w].scores[next[w]++];
                    }
                }
            }
            if (matchedRequired < required) {
                continue;
            }
            float score = required == 0 ? (float) optionalScore : (float) requiredScore + (float) optionalScore;
            total++;
            if (spare == null) {
                spare = new ScoreDoc(doc, score);
            } else {
                spare.doc = doc;
                spare.score = score;
            }
            spare = queue.insertWithOverflow(spare);
        }
        ScoreDoc[] best = new ScoreDoc[queue.size()];
        for (int i = best.length - 1; i >= 0; i--) {
            best[i] = queue.pop();
        }
        return new TopDocs(new TotalHits(total, TotalHits.Relation.EQUAL_TO), best);
    }

    /** The lowest document not yet read of any list, or {@link Integer#MAX_VALUE} when all are read. */
    private static int first(Matches[] lists, int[] next) {
        int first = Integer.MAX_VALUE;
        for (int w = 0; w < lists.length; w++) {
            if (next[w] < lists[w].size()) {
                first = Math.min(first, lists[w].docs[next[w]]);
            }
        }
        return first;
    }

    /** Whether any of the {@code results} matches {@code word}: after {@link #best} with it, a look-up in what is kept. */
    boolean matchesAny(Query word, TopDocs results) throws IOException {
        Matches matches = matches(word);
        return Arrays.stream(results.scoreDocs).anyMatch(hit -> Arrays.binarySearch(matches.docs, hit.doc) >= 0);
    }

    private Matches matches(Query word) throws IOException {
        Matches matches = kept.getIfPresent(word);
        if (matches == null) {
            matches = searcher.search(word, new AllMatches());
            // a word no document has costs a few look-ups in the index: not kept, as most such words are typed once
            if (matches.size() > 0) {
                kept.put(word, matches);
            }
        }
        return matches;
    }

    /** Collects every matching document with its score; the index is searched on the calling thread. */
    private static final class AllMatches implements CollectorManager<AllMatches.Collector, Matches> {

        @Override
        public Collector newCollector() {
            return new Collector();
        }

        @Override
        public Matches reduce(Collection<Collector> collectors) {
            // the searcher has no executor: one collector, which read the segments in order, its documents ascending
            Collector all = collectors.iterator().next();
            return all.size == 0 ? Matches.NONE
                    : new Matches(Arrays.copyOf(all.docs, all.size), Arrays.copyOf(all.scores, all.size));
        }

        private static final class Collector extends SimpleCollector {
            private int[] docs = new int[16];
            private float[] scores = new float[16];
            private int size;
            private int docBase;
            private Scorable scorer;

            @Override
            protected void doSetNextReader(LeafReaderContext context) {
                docBase = context.docBase;
            }

            @Override
            public void setScorer(Scorable scorer) {
                this.scorer = scorer;
            }

            @Override
            public void collect(int doc) throws IOException {
                if (size == docs.length) {
                    docs = ArrayUtil.grow(docs, size + 1);
                    scores = Arrays.copyOf(scores, docs.length);
                }
                docs[size] = docBase + doc;
                scores[size++] = scorer.score();
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE;
            }
        }
    }
}
