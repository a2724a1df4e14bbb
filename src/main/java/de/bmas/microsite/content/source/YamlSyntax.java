package de.bmas.microsite.content.source;

import de.bmas.microsite.content.model.SourcePosition;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Explains why front matter is not valid YAML in editors' words, one line, at the spot of the mistake. The YAML
 * parser's own message is English, several lines long and counts lines from the start of the front matter.
 */
final class YamlSyntax {

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate Object property \"(.+)\"");
    private static final Pattern NBSP_INDENT = Pattern.compile("[ \\t]*\u00A0");
    private static final Pattern TAB_AFTER_COLON = Pattern.compile("^\\s*(?:-\\s+)?([a-z_]+):\\t+(.*)$");
    private static final Pattern NO_SPACE_AFTER_COLON = Pattern.compile("^\\s*(?:-\\s+)?([a-z_]+):(\\S.*)$");
    private static final Pattern BAD_START = Pattern.compile("found character '(.)' that cannot start any token");
    static final String QUOTES_HINT = "Setzen Sie den ganzen Wert in gerade Anführungszeichen \", z. B. "
            + "teaser: \"Bericht: ein Tag voller Ideen\".";
    /**
     * A value starting with a character YAML reads as syntax, not as text: {@code *} a reference to another value,
     * {@code &} a name for this one, {@code !} a type, {@code > |} a block of text, {@code - ? [ {} a list, a key
     * or a structure. Each either breaks the line or silently drops what it starts.
     */
    private static final Pattern SYNTAX_START = Pattern.compile(
            "^\\s*(?:-\\s+)?(?:[^\\s:#\"'-][^:#]*:\\s+([*&!>|?\\[{%@`]|-(?=\\s|$))|([*&!>|?\\[{%@`]))");
    /** „teaser: "Im World" Café“: a quoted value with more text after its closing quote. */
    private static final Pattern QUOTED_THEN_TEXT = Pattern.compile(
            "^\\s*(?:-\\s+)?([a-z_]+):\\s+([\"'])(?:(?!\\2).)*\\2[ \\t]*[^\\s#]");
    /** A value that starts with a character YAML reads as the start of a list or of quoted text. */
    private static final Pattern VALUE_STARTS_QUOTED = Pattern.compile("^\\s*(?:-\\s+)?(?:[a-z_]+:\\s+)?[\\['\"]");
    /** A value that starts with typographic quotes, which the front matter takes for text, not for quotes. */
    private static final Pattern TYPOGRAPHIC_QUOTES = Pattern.compile(
            "^\\s*(?:-\\s+)?[^:#„“”‚‘’«»]*:\\s+([„“”‚‘’«»])");

    private YamlSyntax() {
    }

    static String valueStartingWith(String character) {
        return "Ein Wert, der mit „" + character + "“ beginnt, braucht Anführungszeichen";
    }

    static Problem problem(SourceText source, JacksonException e) {
        Matcher duplicate = DUPLICATE.matcher(e.getOriginalMessage());
        if (duplicate.find()) {
            return Problem.error(keyPosition(source, e.getLocation(), duplicate.group(1)),
                    "Das Feld „" + duplicate.group(1) + "“ steht doppelt im Kopfbereich",
                    "Löschen Sie eine der beiden Zeilen. Gehört eine davon zu einem Block (etwa „name“ unter "
                            + "„venue:“), rücken Sie sie stattdessen dort ein.");
        }
        if (!(e.getCause() instanceof MarkedYamlEngineException yaml)) {
            Optional<Problem> syntax = e.getLocation() == null || e.getLocation().getLineNr() < 1 ? Optional.empty()
                    : syntaxStart(source, (int) e.getLocation().getLineNr() - 1, column -> true);
            if (syntax.isPresent()) {
                return syntax.get();
            }
            return Problem.error(position(source, e.getLocation()),
                    "Der Kopfbereich kann nicht gelesen werden (" + e.getOriginalMessage().lines().findFirst()
                            .orElse("") + ")", null);
        }
        String problem = yaml.getProblem();
        Optional<Mark> context = yaml.getContextMark();
        if (problem.contains("(TAB)")) {
            Matcher afterColon = yaml.getProblemMark().map(mark -> TAB_AFTER_COLON.matcher(
                    source.lineOfFrontMatter(mark.getLine()))).filter(Matcher::find).orElse(null);
            if (afterColon != null) {
                return at(source, yaml.getProblemMark(), "Tabulator nach „" + afterColon.group(1) + ":“",
                        "Schreiben Sie statt des Tabulators ein Leerzeichen: „" + afterColon.group(1) + ": "
                                + afterColon.group(2) + "“.");
            }
            return at(source, yaml.getProblemMark(), "Tabulator in der Einrückung",
                    "Rücken Sie nur mit Leerzeichen ein.");
        }
        Optional<Problem> quotes = typographicQuotes(source, yaml.getProblemMark().or(() -> context));
        if (quotes.isPresent()) {
            return quotes.get();
        }
        Matcher badStart = BAD_START.matcher(problem);
        if (badStart.find()) {
            return at(source, yaml.getProblemMark(), "Ein Wert darf nicht mit „" + badStart.group(1) + "“ beginnen",
                    QUOTES_HINT);
        }
        // an unclosed [ or { is noticed lines later, with the context mark where it opened; anything else is the
        // value's fault only where the parser failed at or after its start (a valid [list] before an error is not)
        Optional<Problem> syntax = context
                .flatMap(mark -> syntaxStart(source, mark.getLine(), column -> column == mark.getColumn()))
                .or(() -> yaml.getProblemMark()
                        .flatMap(mark -> syntaxStart(source, mark.getLine(), column -> column <= mark.getColumn())));
        if (syntax.isPresent()) {
            return syntax.get();
        }
        if (problem.startsWith("mapping values are not allowed")) {
            // „title:Text“ on the first line is read as text, and the next line's colon is where the parser stumbles
            Optional<Integer> before = yaml.getProblemMark().map(mark -> mark.getLine() - 1)
                    .filter(line -> line >= 0 && NO_SPACE_AFTER_COLON.matcher(source.lineOfFrontMatter(line)).find());
            if (before.isPresent()) {
                return missingColon(source, before.get(), 0);
            }
            return at(source, yaml.getProblemMark(), "Doppelpunkt an einer Stelle, an der im Kopfbereich keiner stehen darf",
                    "Steht „: “ im Text, gilt: " + QUOTES_HINT + " Sonst prüfen Sie die Einrückung der Zeile.");
        }
        if (problem.contains("end of stream") && context.isPresent()) {
            return at(source, context, "Das Anführungszeichen wird nicht geschlossen",
                    "Beenden Sie den Text mit demselben Zeichen, mit dem er beginnt.");
        }
        if (problem.startsWith("could not find expected ':'") && context.isPresent()) {
            return missingColon(source, context.get().getLine(), context.get().getColumn());
        }
        if (problem.startsWith("expected <block end>")) {
            return blockEnd(source, yaml.getProblemMark());
        }
        return at(source, yaml.getProblemMark().or(() -> context),
                "Der Kopfbereich kann nicht gelesen werden (" + problem.replaceAll("\\p{Cntrl}", " ") + ")",
                "Prüfen Sie Einrückung und Doppelpunkte; Texte mit „:“ oder „#“ in gerade Anführungszeichen \" "
                        + "setzen.");
    }

    /**
     * The parser found a line without „: “. Either the space after the colon is missing („format:Panel“), or the
     * line is indented with non-breaking spaces, which look like spaces and are text to the parser (copied from a
     * web page), or the colon is missing indeed.
     */
    private static Problem missingColon(SourceText source, int line, int column) {
        String text = source.lineOfFrontMatter(line);
        SourcePosition at = new SourcePosition(source.path(), line + source.frontMatterLine(), column + 1);
        Matcher noSpace = NO_SPACE_AFTER_COLON.matcher(text);
        if (NBSP_INDENT.matcher(text).lookingAt()) {
            return Problem.error(at, "Die Zeile ist mit geschützten Leerzeichen eingerückt",
                    "Sie sehen aus wie Leerzeichen, stammen aber meist aus einer kopierten Webseite: Löschen Sie die "
                            + "Einrückung und rücken Sie mit der Leertaste ein.");
        }
        if (!noSpace.find()) {
            return Problem.error(at, "Nach dem Feldnamen fehlt der Doppelpunkt", "Schreiben Sie „feld: Wert“.");
        }
        // where the blank is missing or the wrong one stands: right after the colon
        SourcePosition afterColon = new SourcePosition(at.path(), at.line(), noSpace.start(2) + 1);
        String field = noSpace.group(1);
        String value = noSpace.group(2);
        if (value.charAt(0) == '\u00A0') {
            return Problem.error(afterColon, "Nach „" + field + ":“ steht ein geschütztes Leerzeichen",
                    "Es sieht aus wie ein Leerzeichen, stammt aber meist aus einer kopierten Webseite: Löschen Sie es "
                            + "und tippen Sie ein Leerzeichen mit der Leertaste, „" + field + ": "
                            + value.replaceFirst("^\u00A0+", "").strip() + "“.");
        }
        return Problem.error(afterColon, "Nach „" + field + ":“ fehlt ein Leerzeichen",
                "Schreiben Sie „" + field + ": " + value + "“.");
    }

    /**
     * A line that does not continue the block above it: text after a quoted value („teaser: "Im World" Café“), or
     * its indentation.
     */
    private static Problem blockEnd(SourceText source, Optional<Mark> mark) {
        String line = mark.map(at -> source.lineOfFrontMatter(at.getLine())).orElse("");
        Matcher quoted = QUOTED_THEN_TEXT.matcher(line);
        if (quoted.find()) {
            return at(source, mark, "Nach dem schließenden Anführungszeichen geht der Text weiter",
                    "Anführungszeichen stehen nur um den ganzen Wert. Für Anführungszeichen im Text nehmen Sie "
                            + "deutsche („…“), oder Sie setzen den ganzen Wert in einfache: „" + quoted.group(1)
                            + ": '" + line.substring(quoted.end(1) + 1).strip().replace("'", "''") + "'“.");
        }
        return at(source, mark, "Einrückung oder Form der Zeile passt nicht zu den Zeilen davor",
                "Felder eines Blocks und Einträge einer Liste stehen gleich weit eingerückt."
                        + (VALUE_STARTS_QUOTED.matcher(line).find()
                        ? " Beginnt ein Wert mit [, ' oder \", setzen Sie ihn ganz in gerade Anführungszeichen \"."
                        : ""));
    }

    /**
     * The error for a value on front-matter line {@code line} (from 0) that starts with YAML syntax, if it does, at a
     * column (from 0) the parser's marks allow.
     */
    private static Optional<Problem> syntaxStart(SourceText source, int line, IntPredicate column) {
        String text = source.lineOfFrontMatter(line);
        Matcher start = SYNTAX_START.matcher(text);
        if (!start.find()) {
            return Optional.empty();
        }
        int group = start.group(1) != null ? 1 : 2;
        if (!column.test(start.start(group))) {
            return Optional.empty();
        }
        SourcePosition at = new SourcePosition(source.path(), line + source.frontMatterLine(), start.start(group) + 1);
        return Optional.of(Problem.error(at, valueStartingWith(start.group(group)), QUOTES_HINT));
    }

    /**
     * A value in typographic quotes („…“, as word processors and German keyboards write them) is plain text to the
     * parser, so a colon in it breaks the line; the editor believes the value quoted. Say which quotes count.
     */
    private static Optional<Problem> typographicQuotes(SourceText source, Optional<Mark> mark) {
        if (mark.isEmpty()) {
            return Optional.empty();
        }
        int line = mark.get().getLine();
        String text = source.lineOfFrontMatter(line);
        Matcher quoted = TYPOGRAPHIC_QUOTES.matcher(text);
        if (!quoted.find()) {
            return Optional.empty();
        }
        SourcePosition at = new SourcePosition(source.path(), line + source.frontMatterLine(), quoted.start(1) + 1);
        return Optional.of(Problem.error(at, "Der Wert beginnt mit einem typografischen Anführungszeichen „"
                        + quoted.group(1) + "“",
                "Im Kopfbereich gelten nur gerade Anführungszeichen \": Schreiben Sie z. B. teaser: \"Rückblick: "
                        + "ein Tag voller Ideen\". Typografische Anführungszeichen dürfen innerhalb stehen."));
    }

    private static Problem at(SourceText source, Optional<Mark> mark, String message, String hint) {
        SourcePosition at = mark
                .map(m -> new SourcePosition(source.path(), m.getLine() + source.frontMatterLine(), m.getColumn() + 1))
                .orElseGet(() -> new SourcePosition(source.path(), 1, 1));
        return Problem.error(at, message, hint);
    }

    private static SourcePosition position(SourceText source, TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return new SourcePosition(source.path(), 1, 1);
        }
        return new SourcePosition(source.path(), location.getLineNr() + source.frontMatterLine() - 1,
                Math.max(1, location.getColumnNr()));
    }

    /** The parser points behind a duplicate key; editors look for the key itself. */
    private static SourcePosition keyPosition(SourceText source, TokenStreamLocation location, String key) {
        SourcePosition after = position(source, location);
        String line = source.lineOfFrontMatter(after.line() - source.frontMatterLine());
        int column = line.indexOf(key + ":");
        return column < 0 ? after : new SourcePosition(source.path(), after.line(), column + 1);
    }
}
