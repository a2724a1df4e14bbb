package de.bmas.microsite.outputs;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class ContentLinesTest {

    /** Characters of one, two, three and four octets, placed so that some straddle the 75th octet. */
    @ParameterizedTest
    @ValueSource(strings = {"a", "ä", "–", "„", "😀", "aä", "a–", "ab😀",
            "Übergänge – „Wechsel“ 😀 "})
    void foldsAt75OctetsBetweenWholeCharactersAndUnfoldsToTheOriginal(String piece) {
        String line = "DESCRIPTION:" + piece.repeat(200 / piece.length());

        String folded = ContentLines.fold("BEGIN:VEVENT\r\n" + line + "\r\nEND:VEVENT\r\n");

        assertThat(folded).endsWith("\r\n");
        assertThat(Arrays.stream(folded.split("\r\n"))).allSatisfy(part -> {
            assertThat(part.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            // a character split across lines would not survive encoding
            assertThat(new String(part.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(part);
        });
        assertThat(folded.split("\r\n")[1].getBytes(StandardCharsets.UTF_8).length).as("uses the room")
                .isGreaterThan(71);
        assertThat(folded.replace("\r\n ", "")).isEqualTo("BEGIN:VEVENT\r\n" + line + "\r\nEND:VEVENT\r\n");
    }
}
