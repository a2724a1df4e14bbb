package de.bmas.microsite.content.source;

import de.bmas.microsite.content.model.FieldPositions;
import de.bmas.microsite.content.model.SourcePosition;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.deser.ValueInstantiator;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns Jackson's recoverable binding problems into editors' problems and carries on, so that all of a file's
 * problems are reported at once: unknown fields (with a „Meinten Sie“ hint), values of the wrong form or type.
 */
final class BindingProblems extends DeserializationProblemHandler {

    /**
     * Field names are English; editors write German ones by habit, which no spelling distance finds, and fields
     * that were replaced by others ({@code my_turn} by {@code stands}).
     */
    private static final Map<String, String> GERMAN_NAMES = Map.ofEntries(
            Map.entry("titel", "title"), Map.entry("datum", "date"), Map.entry("beginn", "start"),
            Map.entry("anfang", "start"), Map.entry("ende", "end"), Map.entry("raum", "room"),
            Map.entry("ort", "venue"), Map.entry("stadt", "city"), Map.entry("strasse", "street"),
            Map.entry("straße", "street"), Map.entry("plz", "postcode"), Map.entry("postleitzahl", "postcode"),
            Map.entry("veranstalter", "organiser"), Map.entry("zahlen", "figures"), Map.entry("bild", "image"),
            Map.entry("alt", "image_alt"), Map.entry("themen", "topics"), Map.entry("personen", "people"),
            Map.entry("rolle", "role"), Map.entry("zitate", "quotes"), Map.entry("zitat", "quotes"),
            Map.entry("entwurf", "draft"), Map.entry("menü", "menu"), Map.entry("platzhalter", "placeholder"),
            Map.entry("besucher", "visitors"), Map.entry("art", "kind"), Map.entry("moderation", "moderators"),
            Map.entry("stände", "stands"), Map.entry("staende", "stands"), Map.entry("my_turn", "stands"));

    private final String path;
    private final int lineOffset;
    private final FieldPositions positions;
    private final List<Problem> problems;
    /** Pointers of the known fields that unknown ones were most likely meant as, or misplaced. */
    private final Set<String> meant = new HashSet<>();

    BindingProblems(String path, int lineOffset, FieldPositions positions, List<Problem> problems) {
        this.path = path;
        this.lineOffset = lineOffset;
        this.positions = positions;
        this.problems = problems;
    }

    Set<String> meant() {
        return meant;
    }

    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, ValueDeserializer<?> deserializer,
                                         Object beanOrClass, String propertyName) {
        Collection<Object> known = deserializer == null ? List.of() : deserializer.getKnownPropertyNames();
        List<String> names = known == null ? List.of() : known.stream().map(String::valueOf).sorted().toList();
        String pointer = unknownKey(p, propertyName);
        Optional<String> nearest = Optional.ofNullable(GERMAN_NAMES.get(propertyName.toLowerCase(Locale.GERMAN)))
                .filter(names::contains)
                .or(() -> Suggestions.nearest(propertyName, names));
        nearest.ifPresent(name -> meant.add(pointer.substring(0, pointer.lastIndexOf('/') + 1) + name));
        String hint = nearest.map(name -> "Meinten Sie „" + name + "“? ").orElse("")
                + "Erlaubte Felder: " + String.join(", ", names);
        // records are read through a token buffer, which has no locations: find the key by its pointer instead
        Optional<String> block = deserializer == null ? Optional.empty()
                : blockWithField(deserializer.handledType(), propertyName).filter(any -> nearest.isEmpty());
        block.ifPresent(name -> meant.add("/" + name + "/" + propertyName));
        problems.add(block.map(name -> misplaced(positions.key(pointer), propertyName, "„" + name + "“"))
                .orElseGet(() -> Problem.error(positions.key(pointer), "Unbekanntes Feld „" + propertyName + "“",
                        hint)));
        p.skipChildren();
        return true;
    }

    /** A field of a block, such as „city“ of „venue“, written without its indentation. */
    private static Problem misplaced(SourcePosition at, String field, String block) {
        return Problem.error(at, "Das Feld „" + field + "“ gehört unter " + block,
                "Rücken Sie die Zeile so weit ein wie die anderen Felder unter " + block
                        + ", mit Leerzeichen, und stellen Sie sie zu ihnen.");
    }

    /** The block of {@code type} with a field {@code name} („venue“ for the event's „city“), spelt as in YAML. */
    private static Optional<String> blockWithField(Class<?> type, String name) {
        if (type == null || !type.isRecord()) {
            return Optional.empty();
        }
        return Arrays.stream(type.getRecordComponents())
                .filter(block -> block.getType().isRecord() && FieldNames.of(block.getType()).contains(name))
                .map(block -> FieldNames.of(block.getName())).findFirst();
    }

    /** Where the unknown field {@code name} is, as a pointer. */
    private String unknownKey(JsonParser p, String name) {
        String pointer = p.streamReadContext().pathAsPointer().toString();
        // a list or block under an unknown name comes from a token buffer whose context has lost its place (it
        // said /stands/2 for a misspelt topics): the key is found by its name
        boolean struct = p.currentToken() != null && p.currentToken().isStructStart();
        return struct ? positions.firstKeyNamed(name).orElse(pointer) : pointer;
    }

    @Override
    public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String value,
                                         String failureMsg) {
        problems.add(Problem.error(at(ctxt.getParser()), describe(targetType, value), expected(targetType, value)));
        return null;
    }

    @Override
    public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number value,
                                         String failureMsg) {
        return handleWeirdStringValue(ctxt, targetType, String.valueOf(value), failureMsg);
    }

    @Override
    public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken token,
                                        JsonParser p, String failureMsg) {
        return wrongType(p, targetType);
    }

    /** A single value where a block with fields belongs. */
    @Override
    public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass,
                                            ValueInstantiator valueInsta, JsonParser p, String msg) {
        return wrongType(p, ctxt.constructType(instClass));
    }

    private Object wrongType(JsonParser p, JavaType expected) {
        if (p.streamReadContext().inRoot()) {
            problems.add(Problem.error(at(p), "Der Kopfbereich besteht nicht aus Feldern",
                    "Jede Zeile hat die Form „feld: Wert“, z. B. title: Programm."));
        } else if (dashWithoutBlank(p, expected)) {
            // YAML joins following lines into the text: „-ana -ben“; the first entry is up to the next dash
            String entry = p.getString().substring(1).split("\\s+-")[0].strip();
            problems.add(Problem.error(at(p), "Nach dem „-“ des Listeneintrags fehlt ein Leerzeichen",
                    "Schreiben Sie jeden Eintrag in eine eigene Zeile, mit „- “ davor, z. B. „- " + entry + "“."));
        } else {
            Expected wanted = Expected.of(expected);
            problems.add(Problem.error(at(p), "Falscher Typ: hier wird " + wanted.kind() + " erwartet",
                    wanted.hint()));
        }
        p.skipChildren();
        return null;
    }

    /** „-ana-dujic“ under „people:“: YAML reads an entry without the blank after its dash as one text. */
    private static boolean dashWithoutBlank(JsonParser p, JavaType expected) {
        if (!expected.isCollectionLikeType() || p.currentToken() != JsonToken.VALUE_STRING) {
            return false;
        }
        String text = p.getString();
        return text.length() > 1 && text.charAt(0) == '-' && !Character.isWhitespace(text.charAt(1));
    }

    private SourcePosition at(JsonParser parser) {
        SourcePosition fallback = positions.at(parser.streamReadContext().pathAsPointer().toString());
        return FieldPositionIndex.position(path, parser.currentTokenLocation(), lineOffset, fallback);
    }

    private static String describe(Class<?> type, String value) {
        if (type == LocalDate.class) {
            return "„" + value + "“ ist kein gültiges Datum";
        }
        if (type == LocalTime.class) {
            return "„" + value + "“ ist keine gültige Uhrzeit";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "„" + value + "“ ist kein Wahrheitswert";
        }
        return "„" + value + "“ ist hier kein erlaubter Wert";
    }

    /** A value in the right form that names no day or time („2025-02-30“, „24:00“) is told so, not the form. */
    private static String expected(Class<?> type, String value) {
        if (type == LocalDate.class && value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return "Diesen Tag gibt es nicht: Prüfen Sie Tag und Monat.";
        }
        if (type == LocalTime.class && value.matches("\\d{1,2}:\\d{2}")) {
            return "Diese Uhrzeit gibt es nicht: Stunden gehen von 0 bis 23, Minuten von 0 bis 59.";
        }
        return expected(type);
    }

    private static String expected(Class<?> type) {
        if (type == LocalDate.class) {
            return "Erwartet wird JJJJ-MM-TT, z. B. 2025-02-25.";
        }
        if (type == LocalTime.class) {
            return "Erwartet wird eine Uhrzeit aus Stunden und Minuten mit Doppelpunkt, z. B. 9:30 oder 14:00.";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "Erlaubt sind true oder false.";
        }
        if (type.isEnum()) {
            return "Erlaubt sind: " + String.join(", ", Arrays.stream(type.getEnumConstants())
                    .map(constant -> constant.toString().toLowerCase(Locale.ROOT)).toList()) + ".";
        }
        return null;
    }

    /** What a place in the front matter expects, in editors' words, and how to write it there. */
    private record Expected(String kind, String hint) {

        static Expected of(JavaType type) {
            if (type.isCollectionLikeType()) {
                return new Expected("eine Liste (Zeilen mit „- “)", "Schreiben Sie jeden Eintrag in eine eigene, "
                        + "eingerückte Zeile darunter, die mit „- “ beginnt.");
            }
            Class<?> raw = type.getRawClass();
            if (raw.isRecord()) {
                return new Expected("ein Block mit eingerückten Feldern",
                        "Schreiben Sie die Felder des Blocks eingerückt in die Zeilen darunter.");
            }
            String kind = raw == String.class ? "ein Text" : raw == LocalDate.class ? "ein Datum"
                    : raw == LocalTime.class ? "eine Uhrzeit" : "ein einzelner Wert";
            String hint = expected(raw);
            return new Expected(kind, hint != null ? hint : "Schreiben Sie hier nur einen Wert, ohne Zeilen mit „- “ "
                    + "oder „feld:“ darunter; enthält er „: “, setzen Sie ihn in gerade Anführungszeichen \".");
        }
    }
}
