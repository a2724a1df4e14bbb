package de.bmas.microsite.outputs;

import de.bmas.microsite.site.PreparedResponse;
import de.bmas.microsite.testing.FixtureSite;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** A programme block that only frames its one session at the same times is that session, in calendars once. */
class FramingBlockTest extends FixtureSite {

    @Test
    void aBlockAroundItsOnlySessionAtItsTimesIsNotASecondEvent() {
        content.replace("sessions/erste-session.md", "start: \"11:00\"\nend: \"12:00\"", "start: \"09:00\"\nend: \"10:00\"");

        String calendar = text(build().get("/programm.ics").orElseThrow());

        assertThat(calendar).contains("UID:session-erste-session@").doesNotContain("UID:block-eroeffnung@");
    }

    @Test
    void aBlockAtOtherTimesThanItsSessionStaysAnEvent() {
        String calendar = text(build().get("/programm.ics").orElseThrow());

        assertThat(calendar).contains("UID:session-erste-session@", "UID:block-eroeffnung@");
    }

    private static String text(PreparedResponse response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
