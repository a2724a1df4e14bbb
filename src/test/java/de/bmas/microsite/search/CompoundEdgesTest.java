package de.bmas.microsite.search;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A compound is split where its words stand, not wherever the dictionary finds a word inside it. */
class CompoundEdgesTest {

    private static final GermanText ANALYSIS = GermanText.indexing(new CharArraySet(
            List.of("power", "fachkrafte", "zuwanderung", "welt", "meisterin", "arbeit", "markt", "aaaa"), false));

    @Test
    void keepsTheFirstAndLastPartsAndThoseNextToThem() {
        assertThat(terms("Fachkräftezuwanderungen")).contains("fachkraft", "zuwanderung");
        assertThat(terms("Fußballweltmeisterin")).contains("welt", "meisterin");
        assertThat(terms("Arbeitsmarkt")).contains("arbeit", "markt");
    }

    @Test
    void dropsAWordThatIsInsideAnotherByChance() {
        assertThat(terms("Empowerment")).containsExactly("empowerment");
    }

    @Test
    @Timeout(5)
    void aWordOfOnePartRepeatedIsSplitQuickly() {
        assertThat(terms("a".repeat(200) + "b")).isNotEmpty();
    }

    private static List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = ANALYSIS.tokenStream(SearchField.BODY.key(), text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
