package de.bmas.microsite.content.source;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Content files' paths and names as problems name them. */
public final class SourcePaths {

    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    /** A Markdown file saved with a second ending, which Windows' Explorer hides by default. */
    private static final Pattern HIDDEN_ENDING = Pattern.compile(".+\\.md(\\.[A-Za-z0-9]+)");

    private SourcePaths() {
    }

    /**
     * The path as editors type it: relative to the working directory where possible. Control characters in a
     * file name are shown escaped, so that a name cannot break the report's one line per problem.
     */
    public static String display(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path workingDir = Path.of("").toAbsolutePath();
        return escape(absolute.startsWith(workingDir) ? workingDir.relativize(absolute).toString()
                : absolute.toString());
    }

    /** The file name for a message, escaped as in {@link #display}. */
    static String name(Path file) {
        return escape(file.getFileName().toString());
    }

    /** For a file not used: how to rename one saved with a second ending („seite.md.txt“), else {@code otherwise}. */
    static String unusedHint(Path file, String otherwise) {
        String name = name(file);
        Matcher hidden = HIDDEN_ENDING.matcher(name);
        return !hidden.matches() ? otherwise : "Entfernen Sie die Endung „" + hidden.group(1) + "“ aus dem Namen „"
                + name + "“. Windows blendet sie oft aus: Im Explorer zeigt „Ansicht“ › „Dateinamenerweiterungen“ "
                + "sie an.";
    }

    private static String escape(String text) {
        // the replacement is a pattern of its own: "\\\\" in it writes one backslash
        return CONTROL.matcher(text).replaceAll(control -> String.format("\\\\u%04X",
                (int) control.group().charAt(0)));
    }
}
