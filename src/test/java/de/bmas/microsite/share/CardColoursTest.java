package de.bmas.microsite.share;

import org.junit.jupiter.api.Test;

import java.awt.Color;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CardColoursTest {

    private static final String TOKENS = """
            :root { --color-bg: #ffffff; --color-text: #1b1f23; --color-text-muted: #4f5964;
              --color-primary: #004b87; --color-flag-black: #000000; --color-flag-red: #dd0000;
              --color-flag-gold: #ffcc00; }
            @media (prefers-color-scheme: dark) { :root { --color-bg: #101418; --color-text: #eeeeee; } }
            """;

    @Test
    void takesTheLightValueOfEachToken() {
        CardColours colours = CardColours.fromTokens(TOKENS);

        assertThat(colours.background()).isEqualTo(new Color(0xffffff));
        assertThat(colours.text()).isEqualTo(new Color(0x1b1f23));
        assertThat(colours.primary()).isEqualTo(new Color(0x004b87));
        assertThat(colours.flagRed()).isEqualTo(new Color(0xdd0000));
    }

    @Test
    void aMissingTokenIsNamed() {
        assertThatThrownBy(() -> CardColours.fromTokens(TOKENS.replace("--color-primary:", "--color-other:")))
                .hasMessageContaining("--color-primary");
    }

    @Test
    void theSitesTokensFileDefinesEveryColourTheImagesUse() {
        assertThatCode(CardColours::bundled).doesNotThrowAnyException();
    }
}
