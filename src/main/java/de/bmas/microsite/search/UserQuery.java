package de.bmas.microsite.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A visitor's query as plain words: no query syntax, so {@code *}, {@code ~}, {@code :}, {@code AND} and quotes
 * are text like any other and never an error. Each word is looked for in every field, the best field counting,
 * and also, weighted lower, in texts with all its compound parts close together ("Fachkräftemangel" finds "Mangel
 * an Fachkräften"). A word the index does not know also matches the index's words one typing error away (if it
 * has six letters or more), those that begin with it ("Fußball" finds "Fußballweltmeisterin"), and the two words
 * it joins ("Jobturbo" finds "Job-Turbo"): a word the texts have is what the visitor meant, and its look-alikes
 * would only push its own pages down ("Frauen" is not "fragen"). Two words in a row that the texts write as one
 * are that word ("Key Note" finds "Keynote").
 */
final class UserQuery {

    /**
     * Words after these are ignored: with at most ten spellings for a typo and few compound parts, a query stays
     * below Lucene's limit of 1,024 clauses, which would otherwise be an error for a long query of long words.
     */
    static final int MAX_WORDS = 10;
    static final List<String> FIELDS = Stream.of(SearchField.values()).map(SearchField::key).toList();
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
    /** Two words typed for one the texts have count as one word: each half. */
    private static final float HALF = 0.5f;
    /** More than any score a word's forms can reach in the fields: see {@link #words}. */
    private static final float AS_TYPED = 1000f;
    /** How much the other fields matching a word add to its best field. */
    private static final float OTHER_FIELDS = 0.1f;
    /** Letters glued to each other by these are separate words to a visitor ("Job:Turbo", "Dr.Dietrich"). */
    private static final Pattern GLUE = Pattern.compile("(?<=\\p{L})[:.'’](?=\\p{L})");

    /**
     * One query per word: the word in any field, in any of its forms. Where the texts have the word, pages with it
     * as typed score {@link #AS_TYPED} more, so they come before pages with its parts only, however short a title
     * those parts are in.
     */
    private final List<Query> words;
    /** Per word, the forms whose matches the snippets mark: not the parts of a word the texts have. */
    private final List<Query> marked;
    /** The text after the {@link #MAX_WORDS} words searched for, as typed; empty if there is none. */
    private final String ignored;
    /** The words that no text has: only their look-alikes, longer words or parts can match. */
    private final List<Searched> unknown;

    private UserQuery(List<Query> words, List<Query> marked, String ignored, List<Searched> unknown) {
        this.words = words;
        this.marked = marked;
        this.ignored = ignored;
        this.unknown = unknown;
    }

    /**
     * Reads {@code text} with the index's own analysis, so the words are spelt and split as in the index, and
     * looks up the look-alikes of the words the index does not know.
     */
    static UserQuery parse(String text, Analyzer analysis, SimilarTerms similar, JoinedWords joined)
            throws IOException {
        List<Query> queries = new ArrayList<>();
        List<Query> marked = new ArrayList<>();
        List<Searched> unknown = new ArrayList<>();
        // the same length as the text, so offsets in it are offsets in the text
        String unglued = GLUE.matcher(text).replaceAll(" ");
        QueryWords.Read read = QueryWords.read(unglued, analysis);
        for (int i = 0; i < read.words().size(); i++) {
            Searched word = searched(read.words().get(i), similar, joined);
            QueryWords.Word together = i + 1 < read.words().size()
                    ? QueryWords.together(unglued, read.words().get(i), read.words().get(i + 1), analysis, similar)
                    : null;
            if (together != null) {
                // as one word, or as the two typed, which count as one together
                Searched one = searched(together, similar, joined);
                Searched second = searched(read.words().get(++i), similar, joined);
                Query both = new BooleanQuery.Builder().add(word.query(), Occur.MUST)
                        .add(second.query(), Occur.MUST).build();
                queries.add(new DisjunctionMaxQuery(List.of(one.query(), new BoostQuery(both, HALF)), 0f));
                marked.addAll(List.of(one.marked(), word.marked(), second.marked()));
                continue;
            }
            queries.add(word.query());
            marked.add(word.marked());
            if (!word.known()) {
                unknown.add(word);
            }
        }
        String ignored = read.ignoredFrom() < 0 ? "" : text.substring(read.ignoredFrom()).strip();
        return new UserQuery(List.copyOf(queries), List.copyOf(marked), ignored, List.copyOf(unknown));
    }

    /** A word's query, what of it the snippets mark, and the word as typed. */
    private record Searched(Query query, Query marked, boolean known, String typed) {
    }

    private static Searched searched(QueryWords.Word word, SimilarTerms similar, JoinedWords joined)
            throws IOException {
        if (similar.known(word.term())) {
            Query asTyped = word(word.term(), List.of(), SimilarTerms.LookAlikes.NONE, true);
            Query query = new BooleanQuery.Builder()
                    .add(word(word.term(), word.parts(), SimilarTerms.LookAlikes.NONE, true), Occur.MUST)
                    .add(new BoostQuery(new ConstantScoreQuery(asTyped), AS_TYPED), Occur.SHOULD)
                    .build();
            return new Searched(query, asTyped, true, word.typed());
        }
        // the compound dictionary may find one part at most ("turbo" in "jobturbo": "job" is too short for it)
        List<String> parts = word.parts().size() > 1 ? word.parts() : joined.parts(word.term());
        Query query = word(word.term(), parts, similar.lookAlikes(word.term(), word.folded()), false);
        return new Searched(query, query, false, word.typed());
    }

    /** True when nothing is left to search for: no words, or stop words only. */
    boolean isEmpty() {
        return words.isEmpty();
    }

    /** The text after the words searched for, which a query of more than {@link #MAX_WORDS} words has. */
    String ignored() {
        return ignored;
    }

    /**
     * The words as typed that the texts do not have but whose look-alikes, longer words or parts they do: the page
     * says so, as its marks are not the words typed. A word that matches nothing is not named.
     */
    List<String> foundAsLookAlikes(WordScores scores) throws IOException {
        List<String> found = new ArrayList<>();
        for (Searched word : unknown) {
            if (scores.matchesAny(word.query())) {
                found.add(word.typed());
            }
        }
        return found;
    }

    /** One query per word; a document's score is the sum of its words' scores. */
    List<Query> words() {
        return words;
    }

    /** What the snippets mark: the words as searched, but not the parts of a word the texts have. */
    Query marked() {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        marked.forEach(word -> query.add(word, Occur.SHOULD));
        return query.build();
    }

    /** {@code known}: whether the texts have the word, whose parts then count only close together. */
    private static Query word(String term, List<String> compoundParts, SimilarTerms.LookAlikes lookAlikes,
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
}
