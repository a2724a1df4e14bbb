package de.bmas.microsite.outputs;

import de.bmas.microsite.site.RenderedSite;
import de.bmas.microsite.testing.FixtureSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A block's id in calendars and schedules: its own, also beside a block of the same title at the same time
 * („Einlass“ at two doors; calendar clients keep one event per UID, and the frab schema demands unique GUIDs and
 * ids), and the same when it moves in time, so subscribers' calendars move it instead of adding another.
 */
class BlockIdsTest extends FixtureSite {

    @Test
    void blocksWithTheSameTitleAndStartGetTheirOwnIds() throws Exception {
        content.replace("programm.md", "blocks:\n", """
                blocks:
                  - title: Einlass
                    kind: other
                    start: "08:00"
                    end: "09:00"
                  - title: Einlass
                    kind: other
                    start: "08:00"
                    end: "08:15"
                    location: Seiteneingang
                """);

        RenderedSite site = build();

        var calendar = Calendars.eventsByUid(Calendars.parse(text(site, "/programm.ics")));
        assertThat(calendar.keySet()).filteredOn(uid -> uid.startsWith("block-einlass"))
                .extracting(uid -> uid.substring(0, uid.indexOf('@')))
                .containsExactlyInAnyOrder("block-einlass", "block-einlass-2");
        Document xml = Schemas.validXml(site.get("/programm.xml").orElseThrow().body(), Schemas.FRAB);
        assertThat(xml.select("event").eachAttr("guid")).doesNotHaveDuplicates();
        assertThat(xml.select("event").eachAttr("id")).doesNotHaveDuplicates();
        assertThat(JsonMapper.builder().build().readTree(text(site, "/programm.json")).findValuesAsString("guid"))
                .doesNotHaveDuplicates();
    }

    private static String text(RenderedSite site, String route) {
        return new String(site.get(route).orElseThrow().body(), StandardCharsets.UTF_8);
    }

    @Test
    void aBlockThatMovesInTimeKeepsItsId() {
        String before = text(build(), "/programm.ics");
        content.replace("programm.md", "start: \"09:00\"", "start: \"08:30\"");
        String after = text(build(), "/programm.ics");

        assertThat(before).contains("UID:block-eroeffnung@").contains("DTSTART;TZID=Europe/Berlin:20250225T090000");
        assertThat(after).contains("UID:block-eroeffnung@").contains("DTSTART;TZID=Europe/Berlin:20250225T083000");
    }
}
