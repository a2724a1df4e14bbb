package de.bmas.microsite.programme;

import de.bmas.microsite.testing.FixtureSite;
import de.bmas.microsite.testing.RenderedPages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The programme page says when and where the day is, and a block lists its sessions by start time, untimed ones
 * last and by title in German order, whatever its list says.
 */
class ProgrammeOrderTest extends FixtureSite {

    @Test
    void theHeadingIsFollowedByTheDayItsHoursAndThePlace() {
        var programme = RenderedPages.page(build(), "/programm");

        assertThat(programme.select("h1 ~ p.meta-line").first().text()).startsWith("Dienstag, 25. Februar 2025, 09:00–18:00 Uhr, ");
    }

    @Test
    void aBlocksSessionsAreInTheOrderOfTheDay() {
        content.write("sessions/oekologie.md", "---\ntitle: Ökologie im Betrieb\nformat: Panel\nteaser: Ohne Zeit.\n---\n");
        content.write("sessions/fruehstueck.md",
                "---\ntitle: Frühstücksrunde\nformat: Panel\nstart: \"09:30\"\nteaser: Früh.\n---\n");
        content.replace("programm.md", "    sessions:\n      - zweite-session",
                "    sessions:\n      - zweite-session\n      - oekologie\n      - erste-session\n      - fruehstueck");

        var programme = RenderedPages.page(build(), "/programm");

        assertThat(programme.select("#programmpunkt-2 .card__link").eachText()).containsExactly(
                "Frühstücksrunde", "Erste Session", "Ökologie im Betrieb", "Zweite Session");
    }
}
