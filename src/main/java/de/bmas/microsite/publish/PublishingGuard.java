package de.bmas.microsite.publish;

import de.bmas.microsite.MicrositeProperties;
import de.bmas.microsite.content.source.ContentReport;
import de.bmas.microsite.content.source.Placeholders;
import de.bmas.microsite.content.source.Problem;
import de.bmas.microsite.site.ReleaseGate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Keeps unfinished content from going live unnoticed. The production start and {@code export} hand their content
 * report to the guard: placeholders (a legal page still marked {@code placeholder: true}, {@code example.org}
 * addresses, {@code [Platzhalter: …]}, {@code TODO}) get a prominent warning in German, for editors, and English,
 * for operators; with {@code --strict} ({@code microsite.strict=true}) a refusal instead. Without it the shipped
 * demo content, whose Impressum is honestly unknown, still runs.
 */
@Component
public class PublishingGuard implements ReleaseGate {

    private static final Logger log = LoggerFactory.getLogger(PublishingGuard.class);
    private static final String RULE = "=".repeat(100);
    private static final int LINES_SHOWN = 10;

    private final boolean strict;

    PublishingGuard(MicrositeProperties properties) {
        this.strict = properties.strict();
    }

    /**
     * Logs the warning when the content still has placeholders and {@code --strict} is off.
     *
     * @return the refusal to show instead of publishing, when {@code --strict} is on and there are placeholders
     */
    @Override
    public Optional<String> refusal(ContentReport report) {
        List<Problem> placeholders = Placeholders.in(report);
        if (placeholders.isEmpty()) {
            return Optional.empty();
        }
        if (strict) {
            return Optional.of(box(placeholders,
                    "VERÖFFENTLICHUNG ABGELEHNT (--strict): Der Inhalt enthält noch Platzhalter.",
                    "PUBLISHING REFUSED (--strict): the content still contains placeholders.",
                    "Ersetzen Sie die Platzhalter durch echte Angaben; "
                            + "„java -jar microsite.jar check --strict“ nennt jede Stelle.",
                    "Replace them with real data; `check --strict` lists every place."));
        }
        log.warn("\n{}", box(placeholders,
                "ACHTUNG: Der Inhalt enthält noch Platzhalter und ist nicht fertig zur Veröffentlichung.",
                "WARNING: the content still contains placeholders and is not ready to be published.",
                "„java -jar microsite.jar check --strict“ nennt jede Stelle. "
                        + "Mit --strict verweigern Server und Export solchen Inhalt.",
                "`check --strict` lists every place. With --strict the server and the export refuse such content."));
        return Optional.empty();
    }

    private static String box(List<Problem> placeholders, String german, String english, String germanHint,
                              String englishHint) {
        StringBuilder text = new StringBuilder(RULE).append('\n')
                .append(german).append('\n')
                .append(english).append('\n');
        byFile(placeholders).forEach((path, lines) -> text.append("  ").append(path).append(": ")
                .append(lines.size()).append(lines.size() == 1 ? " Stelle, Zeile " : " Stellen, Zeilen ")
                .append(shown(lines)).append('\n'));
        return text.append(germanHint).append('\n')
                .append(englishHint).append('\n')
                .append(RULE).append('\n').toString();
    }

    private static Map<String, List<Integer>> byFile(List<Problem> placeholders) {
        return placeholders.stream().collect(Collectors.groupingBy(Problem::path, LinkedHashMap::new,
                Collectors.mapping(Problem::line, Collectors.toList())));
    }

    private static String shown(List<Integer> lines) {
        List<String> distinct = new TreeSet<>(lines).stream().map(String::valueOf).toList();
        return distinct.size() <= LINES_SHOWN ? String.join(", ", distinct)
                : String.join(", ", distinct.subList(0, LINES_SHOWN)) + " …";
    }
}
