package de.bmas.microsite.check;

import de.bmas.microsite.content.source.ContentReport;
import de.bmas.microsite.content.source.Problem;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/**
 * The report as plain JSON for other tools (an editor plug-in, a dashboard): the counts and every problem with its
 * position, severity ({@code error} or {@code warning}), kind and the German message and hint.
 */
final class JsonReport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonReport() {
    }

    static String format(ContentReport report) {
        List<Entry> problems = report.problems().stream().map(JsonReport::entry).toList();
        Body body = new Body(report.errorCount(), report.warningCount(), problems);
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(body) + "\n";
    }

    private static Entry entry(Problem problem) {
        return new Entry(problem.path(), problem.line(), problem.column(), problem.isError() ? "error" : "warning",
                CheckName.of(problem).id(), problem.message(), problem.hint());
    }

    private record Body(long errors, long warnings, List<Entry> problems) {
    }

    private record Entry(String path, int line, int column, String severity, String check, String message,
                         String hint) {
    }
}
