package de.bmas.microsite.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
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
    /** Two words typed for one the texts have count as one word: each half. */
    private static final float HALF = 0.5f;
    /** More than any score a word's forms can reach in the fields: see {@link #words}. */
    private static final float AS_TYPED = 1000f;
    /** Letters glued to each other by these are separate words to a visitor ("Job:Turbo", "Dr.Dietrich"). */
    private static final Pattern GLUE = Pattern.compile("(?<=\\p{L})[:.'’](?=\\p{L})");

    /**
     * One query per word: the word in any field, in any of its forms. Where the texts have the word, pages with it
     * as typed score {@link #AS_TYPED} more, so they come before pages with its parts only, however short a title
     * those parts are in.
     */
    private final List<Query> words;
    /**
     * Per word, whether a page needs it: a word the texts do not have only adds to the pages of the other words, as
     * its look-alikes are a guess („Vortrag“ for „Vertrag“). Unless all words are such words: then they are what
     * there is to search for.
     */
    private final List<Boolean> needed;
    /** The words the texts have, in the order typed and close together, which adds to a page's score; or null. */
    private final Query phrase;
    /** Per word, the forms whose matches the snippets mark: not the parts of a word the texts have. */
    private final List<Query> marked;
    /** The text after the {@link #MAX_WORDS} words searched for, as typed; empty if there is none. */
    private final String ignored;
    /** The words that no text has: only their look-alikes, longer words or parts can match. */
    private final List<Searched> unknown;

    private UserQuery(List<Query> words, List<Boolean> needed, Query phrase, List<Query> marked, String ignored,
                      List<Searched> unknown) {
        this.words = words;
        this.needed = needed.contains(true) ? needed : needed.stream().map(any -> true).toList();
        this.phrase = phrase;
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
        List<Boolean> needed = new ArrayList<>();
        List<Query> marked = new ArrayList<>();
        List<Searched> unknown = new ArrayList<>();
        List<String> inOrder = new ArrayList<>();
        // the same length as the text, so offsets in it are offsets in the text
        String unglued = GLUE.matcher(text).replaceAll(" ");
        QueryWords.Read reading = QueryWords.read(unglued, analysis);
        List<QueryWords.Word> read = reading.words();
        boolean longerWords = read.stream().anyMatch(word -> !letter(word));
        for (int i = 0; i < read.size(); i++) {
            QueryWords.Word together = i + 1 < read.size()
                    ? QueryWords.together(unglued, read.get(i), read.get(i + 1), analysis, similar) : null;
            if (together != null) {
                // as one word, or as the two typed, which count as one together
                Searched one = searched(together, similar, joined);
                Searched first = searched(read.get(i), similar, joined);
                Searched second = searched(read.get(++i), similar, joined);
                Query both = new BooleanQuery.Builder().add(first.query(), Occur.MUST)
                        .add(second.query(), Occur.MUST).build();
                queries.add(new DisjunctionMaxQuery(List.of(one.query(), new BoostQuery(both, HALF)), 0f));
                needed.add(true);
                marked.addAll(List.of(one.marked(), first.marked(), second.marked()));
            } else if (!letter(read.get(i)) || !longerWords) {
                Searched word = searched(read.get(i), similar, joined);
                queries.add(word.query());
                needed.add(word.known());
                marked.add(word.marked());
                if (word.known()) {
                    inOrder.add(read.get(i).term());
                } else {
                    unknown.add(word);
                }
            }
        }
        String ignored = reading.ignoredFrom() < 0 ? "" : text.substring(reading.ignoredFrom()).strip();
        return new UserQuery(List.copyOf(queries), List.copyOf(needed),
                inOrder.size() > 1 ? WordQueries.phrase(inOrder) : null, List.copyOf(marked), ignored,
                List.copyOf(unknown));
    }

    /** A single letter says little beside longer words („Ausbildung A“): it is not searched for then. */
    private static boolean letter(QueryWords.Word word) {
        return word.typed().codePointCount(0, word.typed().length()) == 1;
    }

    /** A word's query, what of it the snippets mark, and the word as typed. */
    private record Searched(Query query, Query marked, boolean known, String typed) {
    }

    private static Searched searched(QueryWords.Word word, SimilarTerms similar, JoinedWords joined)
            throws IOException {
        if (similar.known(word.term())) {
            Query asTyped = WordQueries.word(word.term(), List.of(), SimilarTerms.LookAlikes.NONE, true);
            Query query = new BooleanQuery.Builder()
                    .add(WordQueries.word(word.term(), word.parts(), SimilarTerms.LookAlikes.NONE, true), Occur.MUST)
                    .add(new BoostQuery(new ConstantScoreQuery(asTyped), AS_TYPED), Occur.SHOULD)
                    .build();
            return new Searched(query, asTyped, true, word.typed());
        }
        // the compound dictionary may find one part at most ("turbo" in "jobturbo": "job" is too short for it)
        List<String> parts = word.parts().size() > 1 ? word.parts() : joined.parts(word.term());
        Query query = WordQueries.word(word.term(), parts, similar.lookAlikes(word.term(), word.folded()), false);
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
     * The words as typed that the texts do not have but whose look-alikes, longer words or parts the results do:
     * the page says so, as its marks are not the words typed. A word that matches none of them is not named.
     */
    List<String> foundAsLookAlikes(WordScores scores, TopDocs results) throws IOException {
        List<String> found = new ArrayList<>();
        for (Searched word : unknown) {
            if (scores.matchesAny(word.query(), results)) {
                found.add(word.typed());
            }
        }
        return found;
    }

    /** One query per word; a document's score is the sum of its words' scores. */
    List<Query> words() {
        return words;
    }

    /** The words a page needs, all of them unless none has one; see {@link #needed}. */
    List<Query> required() {
        return IntStream.range(0, words.size()).filter(needed::get).mapToObj(words::get).toList();
    }

    /** What only adds to the score of pages with the {@link #required} words: other words, the {@link #phrase}. */
    List<Query> optional() {
        Stream<Query> words = IntStream.range(0, this.words.size()).filter(w -> !needed.get(w))
                .mapToObj(this.words::get);
        return (phrase == null ? words : Stream.concat(words, Stream.of(phrase))).toList();
    }

    /** What the snippets mark: the words as searched, but not the parts of a word the texts have. */
    Query marked() {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        marked.forEach(word -> query.add(word, Occur.SHOULD));
        return query.build();
    }
}
