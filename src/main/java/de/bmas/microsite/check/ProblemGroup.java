package de.bmas.microsite.check;

import de.bmas.microsite.content.source.ContentReport;
import de.bmas.microsite.content.source.Problem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Problems as editors read them, in {@code check}'s report and in the preview: every error on its own first, so that
 * their own mistake is never buried under the placeholder warnings of the legal pages; then the warnings, where
 * several of one kind and hint in one file form one group ({@code 11 Warnungen – Platzhalter im Text (Zeilen 9, 10,
 * …)}), in the order of their first occurrence.
 *
 * @param problems one error, or warnings of one kind and hint in one file, in the order they stand
 */
public record ProblemGroup(List<Problem> problems) {

    /** Line numbers listed for a group; beyond that the count still tells how many there are. */
    private static final int LISTED_LINES = 10;

    public ProblemGroup {
        problems = List.copyOf(problems);
    }

    public static List<ProblemGroup> of(ContentReport report) {
        Map<Key, List<Problem>> warnings = new LinkedHashMap<>();
        report.problems().stream().filter(problem -> !problem.isError())
                .forEach(warning -> warnings.computeIfAbsent(Key.of(warning), key -> new ArrayList<>()).add(warning));
        return Stream.concat(report.errors().stream().map(List::of), warnings.values().stream())
                .map(ProblemGroup::new)
                .toList();
    }

    /** The hint is part of the key: a folded line must not give one advice for warnings whose hints differ. */
    private record Key(String path, CheckName kind, String hint) {

        static Key of(Problem warning) {
            return new Key(warning.path(), CheckName.of(warning), Objects.toString(warning.hint(), ""));
        }
    }

    public Problem first() {
        return problems.get(0);
    }

    public String path() {
        return first().path();
    }

    public boolean isError() {
        return first().isError();
    }

    public int size() {
        return problems.size();
    }

    /** The message they share, or else the name of their kind. */
    public String message() {
        boolean same = problems.stream().allMatch(problem -> problem.message().equals(first().message()));
        return same ? first().message() : CheckName.of(first()).label();
    }

    /** The advice they share, or null. */
    public String hint() {
        return first().hint();
    }

    /** Where they stand: {@code Zeile 8}, or {@code Zeilen 2, 4, …} with at most ten numbers. */
    public String lines() {
        List<Integer> lines = problems.stream().map(Problem::line).distinct().toList();
        String listed = lines.stream().limit(LISTED_LINES).map(String::valueOf).collect(Collectors.joining(", "));
        return (lines.size() == 1 ? "Zeile " : "Zeilen ") + listed + (lines.size() > LISTED_LINES ? ", …" : "");
    }

    /**
     * The group on one line of text: a single problem as {@code PATH:LINE:COLUMN: Fehler: MESSAGE – HINT}, a group as
     * {@code PATH: N Warnungen – MESSAGE (LINES) – HINT}.
     */
    public String line() {
        if (size() == 1) {
            return first().toString();
        }
        return path() + ": " + size() + " Warnungen – " + message() + " (" + lines() + ")"
                + (hint() == null ? "" : " – " + hint());
    }
}
