package de.bmas.microsite.check;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import de.bmas.microsite.content.source.ContentReport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import static de.bmas.microsite.check.Problems.AWKWARD_ERROR;
import static de.bmas.microsite.check.Problems.AWKWARD_PATH;
import static de.bmas.microsite.check.Problems.AWKWARD_WARNING;
import static de.bmas.microsite.check.Problems.error;
import static de.bmas.microsite.check.Problems.report;
import static de.bmas.microsite.check.Problems.warning;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GitLab Code Quality report as GitLab documents it (https://docs.gitlab.com/ci/testing/code_quality/
 * #code-quality-report-format: a JSON array of objects with description, check_name, fingerprint, severity,
 * location.path and location.lines.begin) and as GitLab checks it: every finding is validated against
 * {@code app/validators/json_schemas/codeclimate.json} of gitlab-org/gitlab (vendored unchanged as
 * {@code schemas/gitlab-codeclimate.json}; GitLab drops findings that fail it) and kept once per fingerprint.
 */
class CodeQualityReportTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String IMPRESSUM = "content/seiten/impressum.md";

    /** The impressum as it stands, and as it stands after an editor added two lines at the top. */
    private static final SourceLines BEFORE = lines(Map.of(9, "[Platzhalter: Name]", 10, "[Platzhalter: Straße]",
            17, "E-Mail: [Platzhalter]@example.org, Web: [Platzhalter]"));
    private static final SourceLines AFTER = lines(Map.of(11, "[Platzhalter: Name]", 12, "[Platzhalter: Straße]",
            19, "E-Mail: [Platzhalter]@example.org, Web: [Platzhalter]"));

    @Test
    void everyFindingHasTheDocumentedFieldsAndPassesGitLabsSchema() throws IOException {
        ContentReport report = report(AWKWARD_ERROR, AWKWARD_WARNING,
                warning(IMPRESSUM, 9, 1, "Platzhalter im Text", "Ersetzen Sie ihn."));

        String out = new CodeQualityReport(BEFORE).format(report);

        assertThat(out).doesNotStartWith("\uFEFF");
        JsonNode findings = JSON.readTree(out);
        assertThat(findings.isArray()).isTrue();
        assertThat(findings.size()).isEqualTo(3);
        for (JsonNode finding : findings) {
            assertThat(gitLabSchema().validate(finding.toString(), InputFormat.JSON)).isEmpty();
        }
        assertFinding(findings.get(0), "Platzhalter im Text – Ersetzen Sie ihn.", "platzhalter-im-text", "minor",
                IMPRESSUM, 9);
        assertFinding(findings.get(1), "Unbekanntes Feld „Größe: 100 %, \"roh\"“ – Meinten Sie „groesse“?\r\n"
                + "Erlaubt: a, b – 50 %.", "unbekanntes-feld", "major", AWKWARD_PATH, 3);
        assertFinding(findings.get(2), "Der Kopfbereich kann nicht gelesen werden (Zeile 2: \"a\",\nZeile 3: 'b')",
                "der-kopfbereich-kann-nicht-gelesen-werden", "minor", "inhalt/themen/arbeit.md", 12);
    }

    @Test
    void fingerprintsStayWhenLinesAreAddedAboveAndDifferForEqualFindings() {
        List<String> before = fingerprints(new CodeQualityReport(BEFORE).format(placeholders(0)));
        List<String> after = fingerprints(new CodeQualityReport(AFTER).format(placeholders(2)));

        assertThat(after).isEqualTo(before);
        // two placeholders in one line, each its own finding: GitLab would show one of two equal fingerprints
        assertThat(before).doesNotHaveDuplicates().hasSize(4);
    }

    @Test
    void aFingerprintChangesWithTheOffendingText() {
        SourceLines edited = lines(Map.of(9, "[Platzhalter: Vor- und Nachname]", 10, "[Platzhalter: Straße]",
                17, "E-Mail: [Platzhalter]@example.org, Web: [Platzhalter]"));

        List<String> before = fingerprints(new CodeQualityReport(BEFORE).format(placeholders(0)));
        List<String> after = fingerprints(new CodeQualityReport(edited).format(placeholders(0)));

        assertThat(after.get(0)).isNotEqualTo(before.get(0));
        assertThat(after.subList(1, 4)).isEqualTo(before.subList(1, 4));
    }

    @Test
    void noProblemsIsAnEmptyArray() {
        assertThat(JSON.readTree(new CodeQualityReport(BEFORE).format(report())).isEmpty()).isTrue();
    }

    private static ContentReport placeholders(int shift) {
        return report(warning(IMPRESSUM, 9 + shift, 1, "Platzhalter im Text", "Ersetzen Sie ihn."),
                warning(IMPRESSUM, 10 + shift, 1, "Platzhalter im Text", "Ersetzen Sie ihn."),
                warning(IMPRESSUM, 17 + shift, 9, "Platzhalter im Text", "Ersetzen Sie ihn."),
                warning(IMPRESSUM, 17 + shift, 41, "Platzhalter im Text", "Ersetzen Sie ihn."));
    }

    private static void assertFinding(JsonNode finding, String description, String checkName, String severity,
                                      String path, int line) {
        assertThat(finding.get("description").asString()).isEqualTo(description);
        assertThat(finding.get("check_name").asString()).isEqualTo(checkName);
        assertThat(finding.get("fingerprint").asString()).matches("[0-9a-f]{64}");
        assertThat(finding.get("severity").asString()).isEqualTo(severity);
        assertThat(finding.get("location").get("path").asString()).isEqualTo(path);
        assertThat(finding.get("location").get("lines").get("begin").isInt()).isTrue();
        assertThat(finding.get("location").get("lines").get("begin").asInt()).isEqualTo(line);
    }

    private static List<String> fingerprints(String report) {
        return JSON.readTree(report).valueStream().map(finding -> finding.get("fingerprint").asString()).toList();
    }

    private static SourceLines lines(Map<Integer, String> impressum) {
        return (path, line) -> path.equals(IMPRESSUM) ? impressum.getOrDefault(line, "") : "";
    }

    private static JsonSchema gitLabSchema() throws IOException {
        try (InputStream schema = CodeQualityReportTest.class.getResourceAsStream("/schemas/gitlab-codeclimate.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema);
        }
    }
}
