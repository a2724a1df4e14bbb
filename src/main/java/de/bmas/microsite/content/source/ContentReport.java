package de.bmas.microsite.content.source;

import java.util.Comparator;
import java.util.List;

/** All problems of one content load, sorted by file and position. */
public record ContentReport(List<Problem> problems) {

    private static final Comparator<Problem> BY_POSITION = Comparator.comparing(Problem::path)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column);

    public ContentReport {
        problems = problems.stream().sorted(BY_POSITION).toList();
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public long errorCount() {
        return problems.stream().filter(Problem::isError).count();
    }

    public long warningCount() {
        return problems.size() - errorCount();
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    /** One line per problem, then the summary: for logs and test messages; editors read {@code HumanReport}. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        problems.forEach(problem -> out.append(problem).append('\n'));
        return out.append(summary()).append('\n').toString();
    }

    /** The German count line that ends every report, e.g. {@code 2 Fehler, 1 Warnung}. */
    public String summary() {
        long warnings = warningCount();
        return errorCount() + " Fehler, " + warnings + (warnings == 1 ? " Warnung" : " Warnungen");
    }
}
