package de.bmas.microsite.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
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
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    /** More than any score a word's forms can reach in the fields: see {@link #words}. */
    private static final float AS_TYPED = 1000f;
    /** How much the other fields matching a word add to its best field. */
    private static final float OTHER_FIELDS = 0.1f;
    /** Letters glued to each other by these are separate words to a visitor ("Job:Turbo", "Dr.Dietrich"). */
    private static final Pattern GLUE = Pattern.compile("(?<=\\p{L})[:.'’](?=\\p{L})");

    /**
     * One analysed word: its stem, its spelling as typed and folded, the compound parts it has, and where it ends in
     * the text.
     */
    private record Word(String term, String typed, String folded, List<String> parts, int end) {
    }

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
    /** The words, as typed, that no text has: only their look-alikes, longer words or parts can match. */
    private final List<String> unknown;

    private UserQuery(List<Query> words, List<Query> marked, String ignored, List<String> unknown) {
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
        List<String> unknown = new ArrayList<>();
        // the same length as the text, so offsets in it are offsets in the text
        String unglued = GLUE.matcher(text).replaceAll(" ");
        Read read = words(unglued, analysis);
        for (int i = 0; i < read.words().size(); i++) {
            Word word = read.words().get(i);
            Word together = i + 1 < read.words().size()
                    ? together(unglued, word, read.words().get(i + 1), analysis, similar) : null;
            if (together != null) {
                word = together;
                i++;
            }
            if (similar.known(word.term())) {
                Query asTyped = word(word.term(), List.of(), SimilarTerms.LookAlikes.NONE);
                queries.add(new BooleanQuery.Builder()
                        .add(word(word.term(), word.parts(), SimilarTerms.LookAlikes.NONE), Occur.MUST)
                        .add(new BoostQuery(new ConstantScoreQuery(asTyped), AS_TYPED), Occur.SHOULD)
                        .build());
                marked.add(asTyped);
            } else {
                // the compound dictionary may find one part at most ("turbo" in "jobturbo": "job" is too short for it)
                List<String> parts = word.parts().size() > 1 ? word.parts() : joined.parts(word.term());
                Query query = word(word.term(), parts, similar.lookAlikes(word.term(), word.folded()));
                queries.add(query);
                marked.add(query);
                unknown.add(word.typed());
            }
        }
        String ignored = read.ignoredFrom() < 0 ? "" : text.substring(read.ignoredFrom()).strip();
        return new UserQuery(List.copyOf(queries), List.copyOf(marked), ignored, List.copyOf(unknown));
    }

    /** The words of a query, and where the text after the last word searched for begins, or -1. */
    private record Read(List<Word> words, int ignoredFrom) {
    }

    private static Read words(String text, Analyzer analysis) {
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
                } else if (words.size() < MAX_WORDS || words.containsKey(term.toString())) {
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
    private static Word together(String text, Word first, Word second, Analyzer analysis, SimilarTerms similar)
            throws IOException {
        String between = text.substring(first.end(), second.end() - second.typed().length());
        if (!between.equals(" ") && !between.equals("-")) {
            return null;
        }
        List<Word> joined = words(first.typed() + second.typed(), analysis).words();
        return joined.size() == 1 && similar.known(joined.get(0).term()) ? joined.get(0) : null;
    }

    /** True when nothing is left to search for: no words, or stop words only. */
    boolean isEmpty() {
        return words.isEmpty();
    }

    /** The text after the words searched for, which a query of more than {@link #MAX_WORDS} words has. */
    String ignored() {
        return ignored;
    }

    /** The words as typed that no text of the site has, for the page to say that it shows look-alikes. */
    List<String> unknown() {
        return unknown;
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

    private static Query word(String term, List<String> compoundParts, SimilarTerms.LookAlikes lookAlikes) {
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
                SpanQuery[] near = parts.stream().map(part -> new SpanTermQuery(new Term(field, part)))
                        .toArray(SpanQuery[]::new);
                alternatives.add(new BoostQuery(new SpanNearQuery(near, PARTS_APART, false), weight * PARTS_WEIGHT));
            }
        }
        return new DisjunctionMaxQuery(alternatives, OTHER_FIELDS);
    }

    /** The parts not inside another part: "fachkraft" and "zuwanderung", not also "kraft" and "wanderung". */
    private static List<String> outermost(List<String> parts) {
        return parts.stream()
                .filter(part -> parts.stream()
                        .noneMatch(other -> other.length() > part.length() && other.contains(part)))
                .toList();
    }
}
