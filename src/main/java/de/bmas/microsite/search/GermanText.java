package de.bmas.microsite.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * German analysis for the search index: words are lower-cased and their spelling folded (ä, ae and a alike, ß as
 * ss, é as e), stop words dropped, compounds split into the parts the dictionary knows where a compound has its words
 * ({@link CompoundEdges}; the whole word stays too), and inflections stemmed lightly ("Ausbildungen" as
 * "Ausbildung"), the plurals of foreign words too ("Themen" as "Thema", "Praktika" as "Praktikum"), which the light
 * stemmer does not know.
 * <p>
 * Folding comes before the stop words and the compound parts, so one list entry covers every spelling ("für" and
 * "fuer", "Kräfte" and "Kraefte"). The query side splits no compounds: a query for a whole compound should find
 * the compound, not every text with one of its parts.
 */
final class GermanText extends Analyzer {

    /** Shorter parts ("rat", "tag") would find too many words they are not part of in meaning. */
    static final int MIN_PART = 4;
    private static final int MIN_COMPOUND = 2 * MIN_PART;
    private static final int MAX_PART = 24;

    /**
     * Plurals the light stemmer cannot join to their singular, each with the form both are indexed as. Words whose
     * plural means something else stay apart: "Daten" are not "Datum", "Studien" not "Studium", "Medien" not
     * "Medium".
     */
    private static final StemmerOverrideFilter.StemmerOverrideMap FOREIGN_PLURALS = foreignPlurals(
            "thema: themen themata", "schema: schemata", "praktikum: praktika", "visum: visa visen",
            "zentrum: zentren", "museum: museen", "gremium: gremien", "stipendium: stipendien",
            "ministerium: ministerien", "kriterium: kriterien", "gymnasium: gymnasien", "forum: foren",
            "curriculum: curricula", "firma: firmen", "konto: konten", "prinzip: prinzipien",
            "material: materialien", "album: alben");

    private static final Analyzer FOLDING = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer whole = new KeywordTokenizer();
            return new TokenStreamComponents(whole, fold(whole));
        }
    };
    static final CharArraySet STOP_WORDS = folded(GermanAnalyzer.getDefaultStopSet());

    private final CharArraySet parts;
    private final boolean stem;
    private final boolean splitOnce;

    private GermanText(CharArraySet parts, boolean stem, boolean splitOnce) {
        this.parts = parts;
        this.stem = stem;
        this.splitOnce = splitOnce;
    }

    /**
     * For the index and for reading queries as the index does: splits compounds into the given parts, which must be
     * {@link #fold folded}.
     */
    static GermanText indexing(CharArraySet parts) {
        return new GermanText(parts, true, false);
    }

    /** As {@link #indexing}, splitting each distinct word once ({@link CompoundSplitsOnce}): for the index writer. */
    static GermanText writing(CharArraySet parts) {
        return new GermanText(parts, true, true);
    }

    static GermanText querying() {
        return new GermanText(null, true, false);
    }

    /** Folded words without stemming or splitting: the vocabulary compound parts are taken from. */
    static GermanText words() {
        return new GermanText(null, false, false);
    }

    @Override
    protected TokenStreamComponents createComponents(String field) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new StopFilter(fold(tokenizer), STOP_WORDS);
        if (parts != null) {
            stream = new CompoundEdges(splitOnce
                    ? new CompoundSplitsOnce(stream, parts, MIN_COMPOUND, MIN_PART, MAX_PART)
                    : new DictionaryCompoundWordTokenFilter(stream, parts, MIN_COMPOUND, MIN_PART, MAX_PART, false),
                    parts);
        }
        if (stem) {
            stream = new RemoveDuplicatesTokenFilter(
                    new GermanLightStemFilter(new StemmerOverrideFilter(stream, FOREIGN_PLURALS)));
        }
        return new TokenStreamComponents(tokenizer, stream);
    }

    /** "singular: plural…" lines as the map of every form to the singular's stem. */
    private static StemmerOverrideFilter.StemmerOverrideMap foreignPlurals(String... words) {
        StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
        for (String line : words) {
            String[] singularAndPlurals = line.split(":? ");
            String stem = singularAndPlurals[0];
            for (String form : singularAndPlurals) {
                builder.add(form, stem);
            }
        }
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException("Building a map in memory cannot fail", e);
        }
    }

    private static TokenStream fold(TokenStream stream) {
        return new ASCIIFoldingFilter(new GermanNormalizationFilter(new LowerCaseFilter(stream)));
    }

    /** One word as the index spells it before stemming, e.g. "Kräfte" and "Kraefte" as "krafte". */
    static String fold(String word) {
        try (TokenStream stream = FOLDING.tokenStream("", word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            String folded = stream.incrementToken() ? term.toString() : "";
            stream.end();
            return folded;
        } catch (IOException e) {
            throw new UncheckedIOException("Reading from a string cannot fail", e);
        }
    }

    private static CharArraySet folded(CharArraySet words) {
        CharArraySet folded = new CharArraySet(words.size(), false);
        for (Object word : words) {
            folded.add(fold(new String((char[]) word)));
        }
        return CharArraySet.unmodifiableSet(folded);
    }
}
