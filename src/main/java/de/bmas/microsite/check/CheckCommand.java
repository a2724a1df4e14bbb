package de.bmas.microsite.check;

import de.bmas.microsite.check.CheckOptions.Format;
import de.bmas.microsite.content.source.ContentReport;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * {@code check [--strict] [--format=text|github|gitlab|json]}: loads the content once, writes the report to stdout
 * and says by its exit status whether the content may be published: 0 yes, 1 no (errors, or with {@code --strict}
 * warnings too), 2 a wrong option of its own. Editors read the text format; pipelines redirect a machine format to
 * a file and get the German count line (and why {@code --strict} failed) on stderr, in the job's log.
 */
public final class CheckCommand {

    static final String STRICT_FAILURE = "Prüfung nicht bestanden: Mit --strict zählt jede Warnung wie ein Fehler. "
            + "Beheben Sie die Warnungen, bevor Sie veröffentlichen.";

    private final PrintStream out;
    private final PrintStream err;

    CheckCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** @param load builds the report from the arguments that are not {@code check}'s own */
    public static int run(String[] args, Function<String[], ContentReport> load) {
        return new CheckCommand(System.out, System.err).execute(args, load);
    }

    int execute(String[] args, Function<String[], ContentReport> load) {
        CheckOptions options;
        try {
            options = CheckOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        ContentReport report = withStdoutOnStderr(load, options.springArgs().toArray(String[]::new));
        boolean strictFailure = options.strict() && report.warningCount() > 0;
        Format format = options.format();
        if (format.forMachines()) {
            // JSON and the runner's log are UTF-8 whatever the platform's default
            out.writeBytes(render(format, report).getBytes(StandardCharsets.UTF_8));
            err.println(report.summary());
        } else {
            out.print(render(format, report));
        }
        if (strictFailure) {
            (format.forMachines() ? err : out).println(STRICT_FAILURE);
        }
        out.flush();
        return report.hasErrors() || strictFailure ? 1 : 0;
    }

    /**
     * Spring, Logback and the libraries write to {@code System.out}; while the content loads that goes to stderr, so
     * that stdout holds the report and nothing else.
     */
    private ContentReport withStdoutOnStderr(Function<String[], ContentReport> load, String[] args) {
        PrintStream stdout = System.out;
        System.setOut(err);
        try {
            return load.apply(args);
        } finally {
            System.setOut(stdout);
        }
    }

    private static String render(Format format, ContentReport report) {
        return switch (format) {
            case TEXT -> HumanReport.format(report);
            case GITHUB -> GitHubAnnotations.format(report);
            case GITLAB -> new CodeQualityReport(SourceLines.fromFiles()).format(report);
            case JSON -> JsonReport.format(report);
        };
    }
}
