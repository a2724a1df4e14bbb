package de.bmas.microsite.check;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static de.bmas.microsite.check.Problems.AWKWARD_ERROR;
import static de.bmas.microsite.check.Problems.AWKWARD_PATH;
import static de.bmas.microsite.check.Problems.AWKWARD_WARNING;
import static de.bmas.microsite.check.Problems.report;
import static org.assertj.core.api.Assertions.assertThat;

/** The plain JSON report: counts, and each problem with the fields another tool needs, characters intact. */
class JsonReportTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void countsAndEveryProblemWithItsPositionSeverityKindMessageAndHint() {
        JsonNode out = JSON.readTree(JsonReport.format(report(AWKWARD_WARNING, AWKWARD_ERROR)));

        assertThat(out.get("errors").asInt()).isEqualTo(1);
        assertThat(out.get("warnings").asInt()).isEqualTo(1);
        assertThat(out.get("problems").size()).isEqualTo(2);

        JsonNode error = out.get("problems").get(0);
        assertThat(error.get("path").asString()).isEqualTo(AWKWARD_PATH);
        assertThat(error.get("line").asInt()).isEqualTo(3);
        assertThat(error.get("column").asInt()).isEqualTo(7);
        assertThat(error.get("severity").asString()).isEqualTo("error");
        assertThat(error.get("check").asString()).isEqualTo("unbekanntes-feld");
        assertThat(error.get("message").asString()).isEqualTo("Unbekanntes Feld „Größe: 100 %, \"roh\"“");
        assertThat(error.get("hint").asString()).isEqualTo("Meinten Sie „groesse“?\r\nErlaubt: a, b – 50 %.");

        JsonNode warning = out.get("problems").get(1);
        assertThat(warning.get("severity").asString()).isEqualTo("warning");
        assertThat(warning.get("message").asString())
                .isEqualTo("Der Kopfbereich kann nicht gelesen werden (Zeile 2: \"a\",\nZeile 3: 'b')");
        assertThat(warning.get("hint").isNull()).isTrue();
    }

    @Test
    void noProblemsIsZeroCountsAndAnEmptyList() {
        JsonNode out = JSON.readTree(JsonReport.format(report()));

        assertThat(out.get("errors").asInt()).isZero();
        assertThat(out.get("warnings").asInt()).isZero();
        assertThat(out.get("problems").isArray()).isTrue();
        assertThat(out.get("problems").isEmpty()).isTrue();
    }
}
