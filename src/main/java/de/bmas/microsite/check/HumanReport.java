package de.bmas.microsite.check;

import de.bmas.microsite.content.source.ContentReport;
import de.bmas.microsite.content.source.Problem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The report as editors read it: every error on a line of its own first, so that their own mistake is never buried
 * under the placeholder warnings of the legal pages; then the warnings, where several of one kind in one file share
 * a line ({@code content/seiten/impressum.md: 11 Warnungen – Platzhalter im Text (Zeilen 9, 10, …) – HINT}); then
 * the count line.
 */
final class HumanReport {

    /** Line numbers listed for a group; beyond that the count still tells how many there are. */
    private static final int LISTED_LINES = 10;

    private HumanReport() {
    }

    static String format(ContentReport report) {
        StringBuilder out = new StringBuilder();
        report.errors().forEach(error -> out.append(error).append('\n'));
        warningGroups(report).forEach(group -> out.append(line(group)).append('\n'));
        return out.append(report.summary()).append('\n').toString();
    }

    /** Warnings of one kind and hint in one file, in the order of their first occurrence. */
    private static List<List<Problem>> warningGroups(ContentReport report) {
        Map<Group, List<Problem>> groups = new LinkedHashMap<>();
        report.problems().stream().filter(problem -> !problem.isError())
                .forEach(warning -> groups.computeIfAbsent(Group.of(warning), group -> new ArrayList<>()).add(warning));
        return List.copyOf(groups.values());
    }

    /** The hint is part of the key: a folded line must not give one advice for warnings whose hints differ. */
    private record Group(String path, CheckName kind, String hint) {

        static Group of(Problem warning) {
            return new Group(warning.path(), CheckName.of(warning), Objects.toString(warning.hint(), ""));
        }
    }

    private static String line(List<Problem> group) {
        Problem first = group.get(0);
        if (group.size() == 1) {
            return first.toString();
        }
        boolean sameMessage = group.stream().allMatch(warning -> warning.message().equals(first.message()));
        String message = sameMessage ? first.message() : CheckName.of(first).label();
        String hint = first.hint() == null || first.hint().isBlank() ? "" : " – " + first.hint();
        return first.path() + ": " + group.size() + " Warnungen – " + message + " (" + lines(group) + ")" + hint;
    }

    private static String lines(List<Problem> group) {
        List<Integer> lines = group.stream().map(Problem::line).distinct().toList();
        String listed = lines.stream().limit(LISTED_LINES).map(String::valueOf).collect(Collectors.joining(", "));
        return (lines.size() == 1 ? "Zeile " : "Zeilen ") + listed + (lines.size() > LISTED_LINES ? ", …" : "");
    }
}
