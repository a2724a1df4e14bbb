package de.bmas.microsite.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The index's words one typing error (a letter added, missing, changed or two swapped) away from a query word,
 * per field. Lucene's fuzzy query would build its automaton once per field and again for highlighting; this
 * builds it once per word and hands on plain terms.
 */
final class Typos {

    /** Per field, the most frequent spellings only: more would rarely help and would make long queries slow. */
    private static final int SPELLINGS = 10;
    /**
     * The letters a typo may add or change, besides the word's own: the index folds words to ASCII ("Öztürk" as
     * "ozturk"), and an automaton over all of Unicode took longer to build than the whole search.
     */
    private static final int ASCII = 0x7F;

    record Spelling(String term, int documents) {
    }

    /**
     * Words looked up before, with their spellings: building a word's automaton takes longer than searching with
     * it, and visitors ask for the same words again and again. Bounded, as queries are whatever anyone sends.
     */
    private static final int KEPT_WORDS = 10_000;

    private final IndexReader reader;
    private final Cache<String, List<List<String>>> kept = Caffeine.newBuilder().maximumSize(KEPT_WORDS).build();

    Typos(IndexReader reader) {
        this.reader = reader;
    }

    /**
     * The spellings of {@code word} in {@code fields}, one list per field; the word itself is not among them.
     * The fields must be the same for every call, as the spellings are kept by word.
     */
    List<List<String>> of(String word, List<String> fields) throws IOException {
        try {
            return kept.get(word, any -> {
                try {
                    return lookUp(word, fields);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private List<List<String>> lookUp(String word, List<String> fields) throws IOException {
        int[] letters = word.codePoints().toArray();
        CompiledAutomaton automaton = new CompiledAutomaton(
                new LevenshteinAutomata(letters, Math.max(ASCII, IntStream.of(letters).max().orElse(0)), true)
                        .toAutomaton(1), true, false);
        List<List<String>> spellings = new ArrayList<>(fields.size());
        for (String field : fields) {
            spellings.add(inField(automaton, field, word));
        }
        return List.copyOf(spellings);
    }

    private List<String> inField(CompiledAutomaton automaton, String field, String word) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, field);
        if (terms == null) {
            return List.of();
        }
        List<Spelling> found = new ArrayList<>();
        TermsEnum matches = automaton.getTermsEnum(terms);
        for (BytesRef term = matches.next(); term != null; term = matches.next()) {
            String spelling = term.utf8ToString();
            if (!spelling.equals(word)) {
                found.add(new Spelling(spelling, matches.docFreq()));
            }
        }
        return found.stream()
                .sorted(Comparator.comparingInt(Spelling::documents).reversed())
                .limit(SPELLINGS)
                .map(Spelling::term)
                .toList();
    }
}
