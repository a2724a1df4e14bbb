package de.bmas.microsite.check;

import de.bmas.microsite.content.source.ContentReport;
import de.bmas.microsite.content.source.Problem;

/**
 * The report as GitHub Actions workflow commands, one line per problem
 * ({@code ::error file=PATH,line=L,col=C,title=TITLE::MESSAGE – HINT}), which the runner turns into annotations on
 * the changed lines of a pull request.
 */
final class GitHubAnnotations {

    private GitHubAnnotations() {
    }

    static String format(ContentReport report) {
        StringBuilder out = new StringBuilder();
        for (Problem problem : report.problems()) {
            out.append("::").append(problem.isError() ? "error" : "warning")
                    .append(" file=").append(property(problem.path()))
                    .append(",line=").append(problem.line())
                    .append(",col=").append(problem.column())
                    .append(",title=").append(property(CheckName.of(problem).label()))
                    .append("::").append(data(problem.text()))
                    .append('\n');
        }
        return out.toString();
    }

    /*
     * The escaping is GitHub's own: the workflow commands page
     * (https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands) documents the command
     * shape and defers to the actions/toolkit functions, whose packages/core/src/command.ts escapes the message
     * ("data") as % → %25, CR → %0D, LF → %0A, and property values additionally as : → %3A and , → %2C, since ":"
     * and "," delimit the properties. % goes first so that the other escapes are not escaped again.
     */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
