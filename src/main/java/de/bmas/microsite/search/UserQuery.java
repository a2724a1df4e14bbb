package de.bmas.microsite.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A visitor's query as plain words: no query syntax, so {@code *}, {@code ~}, {@code :}, {@code AND} and quotes
 * are text like any other and never an error. Each word is looked for in every field, the best field counting.
 * A word also matches, weighted lower, words one typing error away (if it has six letters or more) and texts
 * with all its compound parts in one field ("Fachkräftemangel" finds "Mangel an Fachkräften"), or the two words it
 * joins where the index does not know it ("Jobturbo" finds "Job-Turbo").
 */
final class UserQuery {

    static final int FUZZY_MIN_LENGTH = 6;
    /**
     * Words after these are ignored: with at most ten spellings for a typo and few compound parts, a query stays
     * below Lucene's limit of 1,024 clauses, which would otherwise be an error for a long query of long words.
     */
    static final int MAX_WORDS = 10;
    private static final List<String> FIELDS = Stream.of(SearchField.values()).map(SearchField::key).toList();
    /** A typo match counts at most this much of an exact one. */
    private static final float TYPO_WEIGHT = 0.4f;
    /** The parts of a compound found apart count at most this much of the compound itself, on average. */
    private static final float PARTS_WEIGHT = 0.5f;
    /** How much the other fields matching a word add to its best field. */
    private static final float OTHER_FIELDS = 0.1f;

    /** One analysed word: {@code length} is how many characters the visitor typed for it. */
    private record Word(String term, int length, List<String> parts) {
    }

    /** One query per word: the word in any field, in any of its forms. */
    private final List<Query> words;

    private UserQuery(List<Query> words) {
        this.words = words;
    }

    /**
     * Reads {@code text} with the index's own analysis, so the words are spelt and split as in the index, and
     * looks up their typing errors.
     */
    static UserQuery parse(String text, Analyzer analysis, Typos typos, JoinedWords joined) throws IOException {
        List<Query> queries = new ArrayList<>();
        for (Word read : words(text, analysis)) {
            // the compound dictionary may find one part at most ("turbo" in "jobturbo": "job" is too short for it)
            List<String> runTogether = read.parts().size() > 1 ? List.of() : joined.parts(read.term());
            Word word = runTogether.isEmpty() ? read : new Word(read.term(), read.length(), runTogether);
            queries.add(word(word, word.length() >= FUZZY_MIN_LENGTH ? typos.of(word.term(), FIELDS) : null));
        }
        return new UserQuery(List.copyOf(queries));
    }

    private static List<Word> words(String text, Analyzer analysis) {
        Map<String, Word> words = new LinkedHashMap<>();
        List<String> parts = List.of();
        try (TokenStream stream = analysis.tokenStream(SearchField.BODY.key(), text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (position.getPositionIncrement() == 0) {
                    parts.add(term.toString());
                } else if (words.size() < MAX_WORDS) {
                    parts = new ArrayList<>();
                    int length = text.codePointCount(offset.startOffset(), offset.endOffset());
                    words.putIfAbsent(term.toString(), new Word(term.toString(), length, parts));
                } else {
                    break;
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading from a string cannot fail", e);
        }
        return List.copyOf(words.values());
    }

    /** True when nothing is left to search for: no words, or stop words only. */
    boolean isEmpty() {
        return words.isEmpty();
    }

    int size() {
        return words.size();
    }

    /** Documents with every word. */
    Query allWords() {
        return combine(Occur.MUST);
    }

    /** Documents with any word, those with more words first. */
    Query anyWord() {
        return combine(Occur.SHOULD);
    }

    private Query combine(Occur occur) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        words.forEach(word -> query.add(word, occur));
        return query.build();
    }

    /** {@code typos} holds the word's other spellings per field, or is null for a short word. */
    private static Query word(Word word, List<List<String>> typos) {
        List<String> parts = outermost(word.parts());
        List<Query> alternatives = new ArrayList<>();
        SearchField[] fields = SearchField.values();
        for (int f = 0; f < fields.length; f++) {
            SearchField field = fields[f];
            alternatives.add(new BoostQuery(new TermQuery(new Term(field.key(), word.term())), field.weight()));
            if (typos != null) {
                typos.get(f).forEach(typo -> alternatives.add(
                        new BoostQuery(new TermQuery(new Term(field.key(), typo)), field.weight() * TYPO_WEIGHT)));
            }
            if (parts.size() > 1) {
                BooleanQuery.Builder allParts = new BooleanQuery.Builder();
                parts.forEach(part -> allParts.add(new TermQuery(new Term(field.key(), part)), Occur.MUST));
                alternatives.add(new BoostQuery(allParts.build(), field.weight() * PARTS_WEIGHT / parts.size()));
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
