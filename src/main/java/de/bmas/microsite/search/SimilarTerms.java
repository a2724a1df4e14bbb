package de.bmas.microsite.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.apache.lucene.util.automaton.Operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.IntStream;

/**
 * The index's words that resemble a query word the index does not know, per field: those one typing error away (a
 * letter added, missing, changed or two swapped), and those that begin with it, for a compound's first part
 * that the content never uses alone ("Fußball" in "Fußballweltmeisterin"). Lucene's fuzzy and prefix queries
 * would build their automata once per field and again for highlighting; this builds each once per word and hands
 * on plain terms.
 */
final class SimilarTerms {

    /**
     * Per field, the most frequent words only: more would rarely help and would make long queries slow, and
     * {@link UserQuery#MAX_WORDS} words of this many look-alikes each stay below Lucene's limit of clauses.
     */
    static final int SPELLINGS = 10;
    /**
     * The letters a typo may add or change, besides the word's own: the index folds words to ASCII ("Öztürk" as
     * "ozturk"), and an automaton over all of Unicode took longer to build than the whole search.
     */
    private static final int ASCII = 0x7F;
    /**
     * Words looked up before: building a word's automaton takes longer than searching with it, and visitors ask
     * for the same words again and again. Bounded, as queries are whatever anyone sends.
     */
    private static final int KEPT_WORDS = 10_000;

    static final int FUZZY_MIN_LENGTH = 6;
    /** Shorter beginnings ("arbe") would find words the visitor did not mean. */
    static final int MIN_BEGINNING = 5;

    /** The index's words a word stands for besides itself, one list per field; no lists for none. */
    record LookAlikes(List<List<String>> typos, List<List<String>> longer) {
        static final LookAlikes NONE = new LookAlikes(List.of(), List.of());
    }

    private record Spelling(String term, int documents) {
    }

    private final IndexReader reader;
    private final List<String> fields;
    private final Cache<String, List<List<String>>> kept = Caffeine.newBuilder().maximumSize(KEPT_WORDS).build();

    /** Looks up words in {@code fields}; results come as one list per field, in this order. */
    SimilarTerms(IndexReader reader, List<String> fields) {
        this.reader = reader;
        this.fields = List.copyOf(fields);
    }

    /** Whether some field has {@code term}: then it is what the visitor meant, and no look-alike is. */
    boolean known(String term) throws IOException {
        for (String field : fields) {
            if (reader.docFreq(new Term(field, term)) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The look-alikes of a word the index lacks, given as its stem and its folded spelling before stemming: typos of
     * both (of {@value #FUZZY_MIN_LENGTH} letters or more, in names of one letter less too), as a typo may break the
     * stemmer's suffix ("Kongres" is stemmed as "kongr") or the stem may hide it ("Ausbildugen" as "ausbildug"),
     * and the longer words that begin with the stem (of {@value #MIN_BEGINNING} letters or more).
     */
    LookAlikes lookAlikes(String stem, String folded) throws IOException {
        List<List<String>> typos = List.of();
        if (stem.length() >= FUZZY_MIN_LENGTH) {
            typos = typos(stem);
        }
        if (!folded.equals(stem) && folded.length() >= FUZZY_MIN_LENGTH) {
            typos = union(typos, typos(folded));
        }
        if (typos.isEmpty() && folded.length() == FUZZY_MIN_LENGTH - 1) {
            typos = namesOnly(typos(folded));
        }
        if (stem.length() < MIN_BEGINNING) {
            return new LookAlikes(typos, List.of());
        }
        // at most as many look-alikes per field as one look-up gives, typos first: the query's clauses stay few
        List<List<String>> beginning = beginningWith(stem);
        List<List<String>> longer = new ArrayList<>(beginning.size());
        for (int f = 0; f < beginning.size(); f++) {
            List<String> typosHere = typos.isEmpty() ? List.of() : typos.get(f);
            longer.add(beginning.get(f).stream().filter(other -> !typosHere.contains(other))
                    .limit(SPELLINGS - typosHere.size()).toList());
        }
        return new LookAlikes(typos, longer);
    }

    /**
     * People's names are looked for as typed, and short ones are many („Gupte“, „Jones“): a typo in a name of
     * {@value #FUZZY_MIN_LENGTH} letters less one finds the name, not other words: in the names of the people a page
     * has, and in titles, which are the person's own page's („Gupta“ finds Ajit Vinayak Gupte's page first).
     */
    private List<List<String>> namesOnly(List<List<String>> typos) {
        List<String> names = typos.get(fields.indexOf(SearchField.PEOPLE.key()));
        List<List<String>> inNames = new ArrayList<>(typos.size());
        for (String field : fields) {
            boolean name = field.equals(SearchField.PEOPLE.key()) || field.equals(SearchField.TITLE.key());
            inNames.add(name ? names : List.of());
        }
        return inNames;
    }

    /** Per field, the words of both, those of {@code some} first, at most {@link #SPELLINGS}. */
    private static List<List<String>> union(List<List<String>> some, List<List<String>> others) {
        List<List<String>> union = new ArrayList<>(others.size());
        for (int f = 0; f < others.size(); f++) {
            Stream<String> first = some.isEmpty() ? Stream.empty() : some.get(f).stream();
            union.add(Stream.concat(first, others.get(f).stream()).distinct().limit(SPELLINGS).toList());
        }
        return union;
    }

    /** The words one typing error away from {@code word}, not the word itself. */
    private List<List<String>> typos(String word) throws IOException {
        return kept("~" + word, () -> {
            int[] letters = word.codePoints().toArray();
            return new LevenshteinAutomata(letters, Math.max(ASCII, IntStream.of(letters).max().orElse(0)), true)
                    .toAutomaton(1);
        }, word);
    }

    /** The longer words that begin with {@code beginning}. */
    private List<List<String>> beginningWith(String beginning) throws IOException {
        return kept("*" + beginning, () -> Operations.concatenate(
                Automata.makeString(beginning), Automata.makeAnyString()), beginning);
    }

    private List<List<String>> kept(String key, Supplier<Automaton> automaton, String word) throws IOException {
        try {
            return kept.get(key, any -> {
                try {
                    return lookUp(new CompiledAutomaton(automaton.get(), true, false), word);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private List<List<String>> lookUp(CompiledAutomaton automaton, String word) throws IOException {
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
