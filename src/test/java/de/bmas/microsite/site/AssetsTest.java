package de.bmas.microsite.site;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The base URL goes into the stylesheet as a CSS string, which nothing in it may end early. */
class AssetsTest {

    @Test
    void aBaseUrlBecomesACssStringAsItIs() {
        assertThat(Assets.cssString("https://kongress.example.org")).isEqualTo("\"https://kongress.example.org\"");
    }

    @Test
    void quotesBackslashesAndLineEndsAreEscaped() {
        assertThat(Assets.cssString("https://x.example/\"a\\b\nc")).isEqualTo("\"https://x.example/\\\"a\\\\b\\a c\"");
    }
}
