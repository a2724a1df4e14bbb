package de.bmas.microsite.check;

import de.bmas.microsite.content.source.ContentReport;

/**
 * The report as editors read it: the {@link ProblemGroup}s, one per line ({@code content/seiten/impressum.md:
 * 11 Warnungen – Platzhalter im Text (Zeilen 9, 10, …) – HINT}), then the count line. {@code check}, a failed
 * start, a failed export and the preview's console all print it this way.
 */
public final class HumanReport {

    private HumanReport() {
    }

    public static String format(ContentReport report) {
        StringBuilder out = new StringBuilder();
        ProblemGroup.of(report).forEach(group -> out.append(group.line()).append('\n'));
        return out.append(report.summary()).append('\n').toString();
    }
}
