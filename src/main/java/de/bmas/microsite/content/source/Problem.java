package de.bmas.microsite.content.source;

import de.bmas.microsite.content.model.SourcePosition;

/**
 * One finding about the content, addressed to editors: German message, exact position.
 * Formats as {@code PATH:LINE:COLUMN: Fehler: MESSAGE – HINT}, the shape editors know from compilers and Hugo.
 */
public record Problem(Severity severity, String path, int line, int column, String message, String hint) {

    /** A blank hint is none: every report leaves it out alike. */
    public Problem {
        hint = hint == null || hint.isBlank() ? null : hint;
    }

    public enum Severity {
        ERROR("Fehler"), WARNING("Warnung");

        private final String label;

        Severity(String label) {
            this.label = label;
        }
    }

    public static Problem error(SourcePosition at, String message, String hint) {
        return new Problem(Severity.ERROR, at.path(), at.line(), at.column(), message, hint);
    }

    public static Problem warning(SourcePosition at, String message, String hint) {
        return new Problem(Severity.WARNING, at.path(), at.line(), at.column(), message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public String location() {
        return path + ":" + line + ":" + column;
    }

    public String text() {
        return hint == null ? message : message + " – " + hint;
    }

    @Override
    public String toString() {
        return location() + ": " + severity.label + ": " + text();
    }
}
