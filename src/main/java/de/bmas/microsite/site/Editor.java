package de.bmas.microsite.site;

import de.bmas.microsite.check.ProblemGroup;
import de.bmas.microsite.check.SourceLines;
import de.bmas.microsite.content.source.ContentReport;
import de.bmas.microsite.content.source.Problem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What preview mode adds for editors, on every page and on the problems page: the script that refreshes the page
 * after a save, the preview's own stylesheet, the problems grouped as {@code check} groups them, and the way to the
 * editors' guide. Null in production, where the layout renders no trace of it.
 *
 * @param stand    the version the page shows; the script reloads the page when the server names another
 * @param errors   each error with the line it stands on, in the order {@code check} prints them
 * @param warnings the warnings, grouped by file and within a file by kind
 */
public record Editor(String script, String stylesheet, String events, String guide, String stand, long errorCount,
                     long warningCount, List<SourceProblem> errors, List<FileProblems> warnings) {

    static final String SCRIPT = "vorschau.js";
    static final String STYLESHEET = "vorschau.css";
    /** The messages explained, in the guide served under {@link Routes#PREVIEW_GUIDE}. */
    static final String MESSAGES = "#meldungen-und-was-zu-tun-ist";

    /** The warnings (or other problems) of one file. */
    public record FileProblems(String path, List<ProblemGroup> groups) {
    }

    /**
     * An error with its source line, cut to a window around the column where the line is long, and a marker line
     * that puts a {@code ^} under the column (tabs kept, so that it lines up).
     */
    public record SourceProblem(Problem problem, String source, String marker) {

        private static final int BEFORE = 60;
        private static final int WIDTH = 140;

        static SourceProblem of(Problem problem, SourceLines lines) {
            String line = lines.line(problem.path(), problem.line());
            if (line.isBlank()) {
                return new SourceProblem(problem, null, null);
            }
            int column = Math.min(Math.max(problem.column(), 1), line.length() + 1) - 1;
            int from = Math.max(0, column - BEFORE);
            int to = Math.min(line.length(), from + WIDTH);
            String lead = from > 0 ? "…" : "";
            String shown = lead + line.substring(from, to) + (to < line.length() ? "…" : "");
            String marker = (lead + line.substring(from, column)).replaceAll("[^\t]", " ") + "^";
            return new SourceProblem(problem, shown, marker);
        }
    }

    static Editor of(ContentReport report, Map<String, String> assets, String version, SourceLines lines) {
        List<SourceProblem> errors = report.errors().stream().map(error -> SourceProblem.of(error, lines)).toList();
        Map<String, List<ProblemGroup>> byFile = new LinkedHashMap<>();
        ProblemGroup.of(report).stream().filter(group -> !group.isError())
                .forEach(group -> byFile.computeIfAbsent(group.path(), path -> new ArrayList<>()).add(group));
        List<FileProblems> warnings = byFile.entrySet().stream()
                .map(file -> new FileProblems(file.getKey(), List.copyOf(file.getValue())))
                .toList();
        return new Editor(assets.get(SCRIPT), assets.get(STYLESHEET), Routes.PREVIEW_EVENTS, Routes.PREVIEW_GUIDE,
                version, report.errorCount(), report.warningCount(), errors, warnings);
    }

    /** The guide's section on messages, for links beside problems. */
    public String messagesGuide() {
        return guide + MESSAGES;
    }
}
