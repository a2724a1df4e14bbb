package de.bmas.microsite.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.util.ArrayList;
import java.util.List;

/** The Lucene queries of a visitor's words across the weighted fields ({@link SearchField}). */
final class WordQueries {

    /** A typo match counts at most this much of an exact one. */
    private static final float TYPO_WEIGHT = 0.4f;
    /**
     * A compound's parts found apart, or a longer word beginning with the query word, count at most this much of
     * the word itself: less than the word in any other field, so pages with the word come first.
     */
    private static final float PARTS_WEIGHT = 0.2f;
    /**
     * A compound's parts count where they stand at most this many words apart, in any order („Mangel an
     * Fachkräften“ for „Fachkräftemangel“), not anywhere in a long text („Arbeit“ in a ministry's name and
     * „Migration“ paragraphs later for „Arbeitsmigration“).
     */
    private static final int PARTS_APART = 3;
    /** How much the other fields matching a word add to its best field. */
    private static final float OTHER_FIELDS = 0.1f;
    /** Words in the order typed and close together count this much more, per field weight. */
    private static final float PHRASE_WEIGHT = 3f;
    /** Words between two words of the phrase at most. */
    private static final int PHRASE_GAP = 2;

    private WordQueries() {
    }

    /** {@code known}: whether the texts have the word, whose parts then count only close together. */
    static Query word(String term, List<String> compoundParts, SimilarTerms.LookAlikes lookAlikes,
                              boolean known) {
        List<String> parts = outermost(compoundParts);
        List<Query> alternatives = new ArrayList<>();
        SearchField[] fields = SearchField.values();
        for (int f = 0; f < fields.length; f++) {
            String field = fields[f].key();
            float weight = fields[f].weight();
            alternatives.add(new BoostQuery(new TermQuery(new Term(field, term)), weight));
            if (!lookAlikes.typos().isEmpty()) {
                lookAlikes.typos().get(f).forEach(typo -> alternatives.add(
                        new BoostQuery(new TermQuery(new Term(field, typo)), weight * TYPO_WEIGHT)));
            }
            if (!lookAlikes.longer().isEmpty()) {
                lookAlikes.longer().get(f).forEach(longer -> alternatives.add(
                        new BoostQuery(new TermQuery(new Term(field, longer)), weight * PARTS_WEIGHT)));
            }
            if (parts.size() > 1) {
                alternatives.add(new BoostQuery(allParts(field, parts, known), weight * PARTS_WEIGHT));
            }
        }
        return new DisjunctionMaxQuery(alternatives, OTHER_FIELDS);
    }

    /**
     * All the parts in one field: for a word the texts have, close together, as its pages come first anyway; for one
     * they lack („Integrationsprojekte“), anywhere, as the parts are all there is to find.
     */
    private static Query allParts(String field, List<String> parts, boolean near) {
        if (near) {
            SpanQuery[] terms = parts.stream().map(part -> new SpanTermQuery(new Term(field, part)))
                    .toArray(SpanQuery[]::new);
            return new SpanNearQuery(terms, PARTS_APART, false);
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        parts.forEach(part -> all.add(new TermQuery(new Term(field, part)), Occur.MUST));
        return all.build();
    }

    /** The parts not inside another part: "fachkraft" and "zuwanderung", not also "kraft" and "wanderung". */
    private static List<String> outermost(List<String> parts) {
        return parts.stream()
                .filter(part -> parts.stream()
                        .noneMatch(other -> other.length() > part.length() && other.contains(part)))
                .toList();
    }

    /**
     * The words in one field in the order typed, with two words between two of them at most („Fachkräfte aus
     * Indien“, „Ausbildung in der Logistik“: stop words are no words to the index, but leave their places), in the
     * field where they weigh most.
     */
    static Query phrase(List<String> terms) {
        List<Query> fields = new ArrayList<>();
        for (SearchField field : SearchField.values()) {
            SpanQuery[] spans = terms.stream().map(term -> new SpanTermQuery(new Term(field.key(), term)))
                    .toArray(SpanQuery[]::new);
            fields.add(new BoostQuery(new SpanNearQuery(spans, PHRASE_GAP * (terms.size() - 1), true), field.weight() * PHRASE_WEIGHT));
        }
        return new DisjunctionMaxQuery(fields, OTHER_FIELDS);
    }
}
