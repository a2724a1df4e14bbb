package de.bmas.microsite.content.source;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.text.Normalizer;

import static org.assertj.core.api.Assertions.assertThat;

/** The file names suggested to editors follow the guide's rule: lower case, „ü“ as „ue“, blanks as „-“. */
class SlugsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Bühnen Gespräch.md, buehnen-gespraech-md", "Straße, strasse", "Café Moskau, cafe-moskau"})
    void germanLettersAreWrittenOutAlsoAsMacOsSavesThem(String name, String slug) {
        assertThat(Slugs.suggest(name)).isEqualTo(slug);
        assertThat(Slugs.suggest(Normalizer.normalize(name, Normalizer.Form.NFD))).as("decomposed").isEqualTo(slug);
    }
}
