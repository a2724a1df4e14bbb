package de.bmas.microsite.content.source;

import de.bmas.microsite.content.model.FieldPositions;
import de.bmas.microsite.content.model.SourcePosition;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.ObjectMapper;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Records where each key, scalar value and list entry of a front matter stands, in one pass of the YAML parser,
 * so that every later check can point at the offending line. Records are bound through a token buffer that has
 * no locations, which is why the positions are taken here, beforehand.
 */
final class FieldPositionIndex {

    /** A tag, which no field of the front matter renders: pages, feeds and share images show it as typed. */
    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9-]*(\\s[^<>]{0,200})?>");

    /** Characters of a title beyond which it is cut short wherever it is shown alone. */
    private static final int LONG_TITLE = 100;

    private FieldPositionIndex() {
    }

    /** The positions; control characters in values are reported on the way. Throws on a YAML syntax error. */
    static FieldPositions of(ObjectMapper mapper, SourceText source, List<Problem> problems) {
        SourcePosition origin = new SourcePosition(source.path(), 1, 1);
        int lineOffset = source.frontMatterLine() - 1;
        Map<String, SourcePosition> keys = new HashMap<>();
        Map<String, SourcePosition> values = new HashMap<>();
        try (JsonParser parser = mapper.createParser(source.frontMatter())) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                SourcePosition at = position(source.path(), parser.currentTokenLocation(), lineOffset, origin);
                if (token == JsonToken.PROPERTY_NAME) {
                    keys.putIfAbsent(parser.streamReadContext().pathAsPointer().toString(), at);
                } else if (token.isScalarValue()) {
                    String pointer = parser.streamReadContext().pathAsPointer().toString();
                    values.put(pointer, at);
                    // numbers, true and false have no text to check
                    String text = token == JsonToken.VALUE_STRING ? parser.getString() : "";
                    if (ControlCharacters.contains(text)) {
                        problems.add(ControlCharacters.problem(at));
                    }
                    htmlTag(text, at).ifPresent(problems::add);
                    syntaxStart(source, at).ifPresent(character -> problems.add(Problem.error(at,
                            YamlSyntax.valueStartingWith(character), YamlSyntax.QUOTES_HINT)));
                    trailingNote(source, at, text).ifPresent(problems::add);
                    longTitle(pointer, text, at).ifPresent(problems::add);
                } else if (token.isStructStart()) {
                    // a block or list that is a list entry (no key to point at) stands where it starts: /people/1
                    String entry = parser.streamReadContext().getParent().pathAsPointer().toString();
                    if (!entry.isEmpty() && !keys.containsKey(entry)) {
                        values.putIfAbsent(entry, at);
                    }
                }
            }
        }
        return new FieldPositions(keys, values, origin);
    }

    /**
     * The character a value read as YAML syntax starts with, which reading it as text would lose: „*Panel“ is a
     * reference to a value named Panel, „&anker Text“ names the value „Text“, „!wichtig Text“ gives it a type.
     * Such a value starts with the character, where a quoted one starts with its quote.
     */
    private static Optional<String> syntaxStart(SourceText source, SourcePosition at) {
        String line = source.lineOfFrontMatter(at.line() - source.frontMatterLine());
        int column = at.column() - 1;
        return column < line.length() && "*&!".indexOf(line.charAt(column)) >= 0
                ? Optional.of(String.valueOf(line.charAt(column))) : Optional.empty();
    }

    private static Optional<Problem> htmlTag(String text, SourcePosition at) {
        Matcher html = HTML_TAG.matcher(text);
        return html.find() ? Optional.of(Problem.warning(at, "HTML im Kopfbereich wird als Text angezeigt: „"
                        + html.group() + "“",
                "Im Kopfbereich steht nur Text; Auszeichnungen gehören in den Text darunter. Für die Sprache eines "
                        + "Titels gibt es „title_language“.")) : Optional.empty();
    }

    /**
     * A „#“ glued to a word after a value without quotes: YAML reads „title: KI #1 – DIY-Style“ as the title „KI“
     * and a note, so the rest of the title is lost without an error. A note begun with „# “ is meant as one (the
     * event file that {@code init} writes has them).
     */
    private static Optional<Problem> trailingNote(SourceText source, SourcePosition at, String value) {
        String line = source.lineOfFrontMatter(at.line() - source.frontMatterLine());
        int end = at.column() - 1 + value.length();
        if (value.isEmpty() || !line.startsWith(value, at.column() - 1)) {
            return Optional.empty(); // quoted, or over several lines
        }
        int note = line.indexOf('#', end);
        if (note < 0 || !line.substring(end, note).isBlank() || note + 1 == line.length()
                || Character.isWhitespace(line.charAt(note + 1))) {
            return Optional.empty();
        }
        String key = line.substring(0, at.column() - 1);
        return Optional.of(Problem.warning(new SourcePosition(at.path(), at.line(), note + 1),
                "Ab „#“ gilt der Rest der Zeile als Notiz und wird nicht angezeigt: „" + line.substring(note).strip()
                        + "“",
                "Gehört das „#“ zum Wert, setzen Sie den ganzen Wert in Anführungszeichen: „" + key.strip() + " \""
                        + line.substring(at.column() - 1).strip() + "\"“. Ist es eine Notiz, schreiben Sie nach dem "
                        + "„#“ ein Leerzeichen."));
    }

    /**
     * A page's title longer than {@value #LONG_TITLE} characters: browser tabs, search engines' results and the share
     * images cut it short, and every page's heading and the lists that name the page carry all of it.
     */
    private static Optional<Problem> longTitle(String pointer, String text, SourcePosition at) {
        if (!pointer.equals("/title")) {
            return Optional.empty();
        }
        // composed first: macOS saves „ü“ as „u“ and a combining diaeresis, one character on screen
        String title = Normalizer.normalize(text, Normalizer.Form.NFC);
        int length = title.codePointCount(0, title.length());
        if (length <= LONG_TITLE) {
            return Optional.empty();
        }
        return Optional.of(Problem.warning(at, "Der Titel ist sehr lang (" + length + " Zeichen)",
                "Kürzen Sie ihn auf höchstens " + LONG_TITLE + " Zeichen: Browser-Tabs, Suchmaschinen und "
                        + "Vorschaubilder zeigen nur den Anfang. Einzelheiten gehören in den Teaser."));
    }

    /** A parser location in the file's own line numbers; the front matter starts below the first fence. */
    static SourcePosition position(String path, TokenStreamLocation location, int lineOffset,
                                   SourcePosition fallback) {
        if (location == null || location.getLineNr() < 1) {
            return fallback;
        }
        return new SourcePosition(path, location.getLineNr() + lineOffset, Math.max(1, location.getColumnNr()));
    }
}
