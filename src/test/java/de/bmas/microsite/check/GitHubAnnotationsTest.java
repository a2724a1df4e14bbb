package de.bmas.microsite.check;

import de.bmas.microsite.content.source.ContentReport;
import de.bmas.microsite.content.source.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static de.bmas.microsite.check.Problems.AWKWARD_ERROR;
import static de.bmas.microsite.check.Problems.AWKWARD_WARNING;
import static de.bmas.microsite.check.Problems.error;
import static de.bmas.microsite.check.Problems.report;
import static de.bmas.microsite.check.Problems.warning;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workflow commands as GitHub documents them (https://docs.github.com/en/actions/reference/workflows-and-actions/
 * workflow-commands): {@code ::error file={name},line={line},col={col},title={title}::{message}}, one per line,
 * escaped as actions/toolkit's command.ts does, so that the runner reads back exactly the problem.
 */
class GitHubAnnotationsTest {

    /** A command as the runner splits it: properties end at ",", the properties at "::", the command at the line. */
    private static final Pattern COMMAND = Pattern.compile(
            "::(error|warning) file=([^,:]*),line=(\\d+),col=(\\d+),title=([^,:]*)::([^\\r\\n]*)");

    @Test
    void writesOneCommandPerProblemWithTheKindAsTitle() {
        String out = GitHubAnnotations.format(report(
                warning("content/seiten/impressum.md", 9, 1, "Platzhalter im Text", "Ersetzen Sie ihn."),
                error("content/veranstaltung.md", 4, 7, "„25.02.2025“ ist kein gültiges Datum", null)));

        assertThat(out).isEqualTo("""
                ::warning file=content/seiten/impressum.md,line=9,col=1,title=Platzhalter im Text::Platzhalter im \
                Text – Ersetzen Sie ihn.
                ::error file=content/veranstaltung.md,line=4,col=7,title=„…“ ist kein gültiges Datum::„25.02.2025“ \
                ist kein gültiges Datum
                """);
    }

    @Test
    void escapesPercentCrAndLfInTheMessageAndAlsoColonAndCommaInProperties() {
        String out = GitHubAnnotations.format(report(AWKWARD_ERROR, AWKWARD_WARNING));

        assertThat(out.lines()).containsExactly(
                "::error file=inhalt/seiten/100%25%2Ca%3Ab.md,line=3,col=7,title=Unbekanntes Feld „…“::"
                        + "Unbekanntes Feld „Größe: 100 %25, \"roh\"“ – Meinten Sie „groesse“?%0D%0A"
                        + "Erlaubt: a, b – 50 %25.",
                "::warning file=inhalt/themen/arbeit.md,line=12,col=1,title=Der Kopfbereich kann nicht gelesen werden::"
                        + "Der Kopfbereich kann nicht gelesen werden (Zeile 2: \"a\",%0AZeile 3: 'b')");
    }

    @Test
    void theRunnerReadsBackEveryProblemExactly() {
        Problem commaInTitle = error("content/sessions/a b.md", 1, 1,
                "Der Dateiname „a b.md“ enthält Zeichen, die nicht in eine Internetadresse gehören", "z. B. „a-b.md“.");
        ContentReport report = report(AWKWARD_ERROR, AWKWARD_WARNING, commaInTitle);

        List<String> lines = GitHubAnnotations.format(report).lines().toList();

        assertThat(lines).hasSize(report.problems().size());
        for (int i = 0; i < lines.size(); i++) {
            Problem problem = report.problems().get(i);
            Matcher command = COMMAND.matcher(lines.get(i));
            assertThat(command.matches()).as(lines.get(i)).isTrue();
            assertThat(command.group(1)).isEqualTo(problem.isError() ? "error" : "warning");
            assertThat(unescape(command.group(2))).isEqualTo(problem.path());
            assertThat(command.group(3)).isEqualTo(String.valueOf(problem.line()));
            assertThat(command.group(4)).isEqualTo(String.valueOf(problem.column()));
            assertThat(unescape(command.group(5))).isEqualTo(CheckName.of(problem).label());
            assertThat(unescape(command.group(6))).isEqualTo(problem.text());
        }
    }

    @Test
    void noProblemsNoCommands() {
        assertThat(GitHubAnnotations.format(report())).isEmpty();
    }

    /** The runner's reading: %XX back to the character, %25 last so that an escaped "%0A" stays text. */
    private static String unescape(String escaped) {
        return escaped.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",")
                .replace("%25", "%");
    }
}
