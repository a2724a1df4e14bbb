package de.bmas.microsite.check;

import com.fasterxml.jackson.annotation.JsonProperty;
import de.bmas.microsite.Sha256;
import de.bmas.microsite.content.source.ContentReport;
import de.bmas.microsite.content.source.Problem;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The report as a GitLab Code Quality report
 * (https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format), which the merge request widget
 * compares between the target branch and the merge request, and which the changes view shows beside the lines.
 */
final class CodeQualityReport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SourceLines sources;

    CodeQualityReport(SourceLines sources) {
        this.sources = sources;
    }

    String format(ContentReport report) {
        Map<String, Integer> seen = new HashMap<>();
        List<Issue> issues = new ArrayList<>();
        for (Problem problem : report.problems()) {
            CheckName check = CheckName.of(problem);
            String what = String.join("\0", problem.path(), check.id(), problem.message(),
                    sources.line(problem.path(), problem.line()));
            int occurrence = seen.merge(what, 1, Integer::sum);
            issues.add(new Issue(problem.text(), check.id(), fingerprint(what + "\0" + occurrence),
                    problem.isError() ? "major" : "minor",
                    new Location(problem.path(), new Lines(problem.line()))));
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(issues) + "\n";
    }

    /**
     * GitLab keeps one finding per fingerprint and tells a merge request's findings from the target branch's by it,
     * so it must not change when a line is added above, and two equal findings must not share one. Hence the hash
     * covers the file, the kind, the message and the text of the offending line rather than the line number, and
     * counts equal findings in the order they stand. The hint is left out: it lists known names, which unrelated
     * edits change.
     */
    private static String fingerprint(String what) {
        return Sha256.hex(what.getBytes(StandardCharsets.UTF_8));
    }

    private record Issue(String description, @JsonProperty("check_name") String checkName, String fingerprint,
                         String severity, Location location) {
    }

    private record Location(String path, Lines lines) {
    }

    private record Lines(int begin) {
    }
}
