package de.bmas.microsite.check;

import de.bmas.microsite.content.source.Problem;
import de.bmas.microsite.content.source.Slugs;

import java.util.regex.Pattern;

/**
 * The kind of a problem, for grouping warnings and for the {@code check_name} and {@code title} that GitLab and
 * GitHub ask for. It is derived from the fixed part of the German message rather than stored with each problem:
 * the messages already follow one convention for their variable parts — values in „…“, details in parentheses or
 * after a colon, site addresses starting with „/“ — so the kind needs no identifier added at each of the some forty
 * places that create problems. Rewording a message renames its kind, which code review sees.
 *
 * @param label the message without its variable parts, e.g. {@code Unbekanntes Feld „…“}, for people
 */
record CheckName(String label) {

    private static final Pattern QUOTED = Pattern.compile("„[^“]*“");
    private static final Pattern IN_PARENTHESES = Pattern.compile("\\s*\\([^()]*\\)");
    private static final Pattern UNCLOSED_PARENTHESIS = Pattern.compile("\\s*\\(.*", Pattern.DOTALL);
    private static final Pattern AFTER_COLON = Pattern.compile(":\\s.*", Pattern.DOTALL);
    private static final Pattern ADDRESS = Pattern.compile("(?<=^|\\s)/\\S*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    static CheckName of(Problem problem) {
        String label = QUOTED.matcher(problem.message()).replaceAll("„…“");
        String before;
        do {
            before = label;
            label = IN_PARENTHESES.matcher(label).replaceAll("");
        } while (!label.equals(before));
        label = UNCLOSED_PARENTHESIS.matcher(label).replaceAll("");
        label = AFTER_COLON.matcher(label).replaceAll("");
        label = ADDRESS.matcher(label).replaceAll("…");
        return new CheckName(SPACES.matcher(label).replaceAll(" ").strip());
    }

    /** The label as an ASCII identifier, e.g. {@code unbekanntes-feld}, in the style of linters' rule names. */
    String id() {
        return Slugs.suggest(label);
    }
}
