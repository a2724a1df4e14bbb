package de.bmas.microsite.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The text shown under each result: the passage of the teaser or body with the most of the matched words (the
 * teaser where both show as many), or the teaser's beginning when the words matched elsewhere (title, names,
 * topics).
 */
final class Snippets {

    /** About two lines of text on a phone. */
    private static final int LENGTH = 160;
    /** The match in the middle of its passage. */
    private static final float CENTRED = 0.5f;
    private static final String[] FIELDS = {SearchField.TEASER.key(), SearchField.BODY.key()};

    private final UnifiedHighlighter highlighter;

    /** {@code documents} gives the document Lucene numbers as given: the index stores no text. */
    Snippets(IndexSearcher searcher, Analyzer analyzer, IntFunction<SearchDocument> documents) {
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new SnippetFormatter())
                // passages end at spaces: the JDK's word boundaries took a third of the snippets' time, and words are
                // separated by spaces (the bodies are HTML's text, its white space collapsed into single spaces)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        new CustomSeparatorBreakIterator(' '), LENGTH, CENTRED))
                .withMaxNoHighlightPassages(1)
                .withScorer(new PassageScores())
                // the query's terms per field are all it needs: asking each query clause for its matches per
                // document made snippets cost more than the search
                .withWeightMatches(false);
        this.highlighter = new UnifiedHighlighter(builder) {
            @Override
            protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int threshold)
                    throws IOException {
                List<CharSequence[]> values = new ArrayList<>();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    SearchDocument document = documents.apply(doc);
                    CharSequence[] texts = new CharSequence[fields.length];
                    for (int f = 0; f < fields.length; f++) {
                        texts[f] = fields[f].equals(SearchField.TEASER.key()) ? document.teaser() : document.body();
                    }
                    values.add(texts);
                }
                return values;
            }
        };
    }

    /** One snippet per document of {@code top}, in its order, for a query of {@code words} words. */
    List<String> of(Query query, TopDocs top, int words) throws IOException {
        Map<String, String[]> fields = highlighter.highlightFields(FIELDS, query, top, new int[]{1, 1});
        String[] teasers = fields.get(FIELDS[0]);
        String[] bodies = fields.get(FIELDS[1]);
        List<String> snippets = new ArrayList<>(top.scoreDocs.length);
        for (int i = 0; i < top.scoreDocs.length; i++) {
            snippets.add(best(teasers[i], bodies[i], words));
        }
        return snippets;
    }

    /**
     * The teaser, unless the query has several words and the body's passage shows more of them („Zuwanderung von
     * Fachkräften“). A word's forms count apart („Fachkräften“, „Fachkräftekongresses“): for one word, a teaser
     * that shows it at all is the better summary.
     */
    private static String best(String teaser, String body, int words) {
        int inTeaser = SnippetFormatter.markedWords(teaser);
        if (SnippetFormatter.markedWords(body) > inTeaser && (words > 1 || inTeaser == 0)) {
            return body;
        }
        return teaser != null ? teaser : "";
    }
}
