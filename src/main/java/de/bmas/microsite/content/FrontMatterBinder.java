package de.bmas.microsite.content;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Binds YAML front matter to a typed record and checks it with Bean Validation, reporting every problem it can
 * find with the file's line and column: unknown fields, wrong formats and types, missing values.
 */
@Component
class FrontMatterBinder {

    private static final PropertyNamingStrategies.NamingBase SNAKE_CASE =
            (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;

    private final ObjectMapper mapper = YAMLMapper.builder()
            .propertyNamingStrategy(SNAKE_CASE)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(EnumFeature.READ_ENUMS_USING_TO_STRING)
            // a number is never a date, a time or a choice: "date: 2025" would otherwise be day 2025 after 1970
            .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .withConfigOverride(LocalDate.class, strict -> strict.setFormat(JsonFormat.Value.forLeniency(false)))
            .withConfigOverride(LocalTime.class, strict -> strict.setFormat(JsonFormat.Value.forLeniency(false)))
            .build();

    private final Validator validator;

    FrontMatterBinder(Validator validator) {
        this.validator = validator;
    }

    /** The bound record, or empty when the front matter has errors (which are then in {@code problems}). */
    <T> Optional<Bound<T>> bind(SourceText source, Class<T> type, List<Problem> problems) {
        SourcePosition origin = new SourcePosition(source.path(), 1, 1);
        int lineOffset = source.frontMatterLine() - 1;
        Positions positions;
        try {
            positions = indexPositions(source, lineOffset, origin, problems);
        } catch (JacksonException e) {
            problems.add(YamlSyntax.problem(source, e));
            return Optional.empty();
        }
        List<Problem> found = new ArrayList<>();
        Collector collector = new Collector(source.path(), lineOffset, positions, found);
        T value;
        try {
            value = mapper.readerFor(type)
                    .withHandler(collector)
                    .readValue(source.frontMatter().isBlank() ? "{}" : source.frontMatter());
        } catch (JacksonException e) {
            if (found.stream().noneMatch(Problem::isError)) {
                // a failure the collector could not explain; otherwise it follows from a problem already reported
                found.add(Problem.error(position(source.path(), e.getLocation(), lineOffset, origin),
                        "Der Kopfbereich passt nicht zur erwarteten Form (" + e.getOriginalMessage() + ")",
                        "Vergleichen Sie die Felder mit dem Beispiel in der Anleitung für Redakteurinnen und "
                                + "Redakteure."));
            }
            problems.addAll(found);
            return Optional.empty();
        }
        if (value == null) {
            problems.addAll(found);
            return Optional.empty();
        }
        Bound<T> bound = new Bound<>(value, positions);
        validate(bound, collector.meant, found);
        problems.addAll(found);
        return found.stream().anyMatch(Problem::isError) ? Optional.empty() : Optional.of(bound);
    }

    /** Adds the constraint violations, except a missing field that an unknown field was taken for ({@code meant}). */
    private <T> void validate(Bound<T> bound, Set<String> meant, List<Problem> found) {
        List<ConstraintViolation<T>> violations = validator.validate(bound.value()).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .toList();
        for (ConstraintViolation<T> violation : violations) {
            String pointer = pointer(violation.getPropertyPath());
            SourcePosition at = bound.positions().at(pointer);
            // one problem per line: an empty value after a wrong type, say, is the same mistake
            if (meant.contains(pointer) || found.stream().anyMatch(p -> p.line() == at.line())) {
                continue;
            }
            String message = bound.positions().has(pointer)
                    ? "Feld " + label(pointer) + " " + violation.getMessage()
                    : "Pflichtfeld " + label(pointer) + " fehlt";
            found.add(Problem.error(at, message, null));
        }
    }

    /** The field as editors find it in the file: {@code „city“}, or {@code „teams“, Eintrag 2} for a list entry. */
    private static String label(String pointer) {
        String[] parts = pointer.split("/");
        String last = parts[parts.length - 1];
        if (last.chars().allMatch(Character::isDigit) && parts.length > 2) {
            return "„" + parts[parts.length - 2] + "“, Eintrag " + (Integer.parseInt(last) + 1);
        }
        return "„" + last + "“";
    }

    /**
     * Records where each YAML key, scalar value and list entry stands, by JSON pointer, so that every later check
     * can point at the offending line.
     */
    private Positions indexPositions(SourceText source, int lineOffset, SourcePosition origin,
                                     List<Problem> problems) {
        Map<String, SourcePosition> keys = new HashMap<>();
        Map<String, SourcePosition> values = new HashMap<>();
        try (JsonParser parser = mapper.createParser(source.frontMatter())) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                SourcePosition at = position(source.path(), parser.currentTokenLocation(), lineOffset, origin);
                if (token == JsonToken.PROPERTY_NAME) {
                    keys.putIfAbsent(parser.streamReadContext().pathAsPointer().toString(), at);
                } else if (token.isScalarValue()) {
                    values.put(parser.streamReadContext().pathAsPointer().toString(), at);
                    if (token == JsonToken.VALUE_STRING && ControlCharacters.contains(parser.getString())) {
                        problems.add(ControlCharacters.problem(at));
                    }
                } else if (token.isStructStart()) {
                    // a block or list that is a list entry (no key to point at) stands where it starts: /people/1
                    String entry = parser.streamReadContext().getParent().pathAsPointer().toString();
                    if (!entry.isEmpty() && !keys.containsKey(entry)) {
                        values.putIfAbsent(entry, at);
                    }
                }
            }
        }
        return new Positions(Map.copyOf(keys), Map.copyOf(values), origin);
    }

    private static SourcePosition position(String path, TokenStreamLocation location, int lineOffset,
                                           SourcePosition fallback) {
        if (location == null || location.getLineNr() < 1) {
            return fallback;
        }
        return new SourcePosition(path, location.getLineNr() + lineOffset, Math.max(1, location.getColumnNr()));
    }

    private static String pointer(Path path) {
        StringBuilder pointer = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable() && node.getIndex() != null) {
                pointer.append('/').append(node.getIndex());
            }
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
                pointer.append('/').append(SNAKE_CASE.nameForField(null, null, node.getName()));
            }
        }
        return pointer.toString();
    }

    /** A bound record with the positions of its values in the file. */
    record Bound<T>(T value, Positions positions) {
    }

    /**
     * Positions by JSON pointer ({@code /people/0/name}): of keys, and of values (a scalar, or where a block or list
     * entry starts). A value stands where it is written, else at its key; a missing one at its parent.
     */
    record Positions(Map<String, SourcePosition> keys, Map<String, SourcePosition> values, SourcePosition origin) {

        SourcePosition at(String pointer) {
            for (String p = pointer; !p.isEmpty(); p = p.substring(0, p.lastIndexOf('/'))) {
                SourcePosition found = values.containsKey(p) ? values.get(p) : keys.get(p);
                if (found != null) {
                    return found;
                }
            }
            return origin;
        }

        SourcePosition key(String pointer) {
            return keys.containsKey(pointer) ? keys.get(pointer) : at(pointer);
        }

        boolean has(String pointer) {
            return keys.containsKey(pointer) || values.containsKey(pointer);
        }
    }

    /** Turns Jackson's recoverable problems into editors' problems and carries on, so all are reported at once. */
    private static final class Collector extends DeserializationProblemHandler {

        /** Field names are English; editors write German ones by habit, which no spelling distance finds. */
        private static final Map<String, String> GERMAN_NAMES = Map.ofEntries(
                Map.entry("titel", "title"), Map.entry("datum", "date"), Map.entry("beginn", "start"),
                Map.entry("anfang", "start"), Map.entry("ende", "end"), Map.entry("raum", "room"),
                Map.entry("ort", "venue"), Map.entry("stadt", "city"), Map.entry("strasse", "street"),
                Map.entry("straße", "street"), Map.entry("plz", "postcode"), Map.entry("postleitzahl", "postcode"),
                Map.entry("veranstalter", "organiser"), Map.entry("zahlen", "figures"), Map.entry("bild", "image"),
                Map.entry("alt", "image_alt"), Map.entry("themen", "topics"), Map.entry("personen", "people"),
                Map.entry("rolle", "role"), Map.entry("zitate", "quotes"), Map.entry("zitat", "quotes"),
                Map.entry("entwurf", "draft"), Map.entry("menü", "menu"), Map.entry("platzhalter", "placeholder"),
                Map.entry("besucher", "visitors"), Map.entry("art", "kind"));

        private final String path;
        private final int lineOffset;
        private final Positions positions;
        private final List<Problem> problems;
        /** Pointers of the known fields that unknown ones were most likely meant as. */
        private final Set<String> meant = new HashSet<>();

        Collector(String path, int lineOffset, Positions positions, List<Problem> problems) {
            this.path = path;
            this.lineOffset = lineOffset;
            this.positions = positions;
            this.problems = problems;
        }

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, ValueDeserializer<?> deserializer,
                                             Object beanOrClass, String propertyName) {
            Collection<Object> known = deserializer == null ? List.of() : deserializer.getKnownPropertyNames();
            List<String> names = known == null ? List.of() : known.stream().map(String::valueOf).sorted().toList();
            String pointer = p.streamReadContext().pathAsPointer().toString();
            Optional<String> nearest = Optional.ofNullable(GERMAN_NAMES.get(propertyName.toLowerCase(Locale.GERMAN)))
                    .filter(names::contains)
                    .or(() -> Suggestions.nearest(propertyName, names));
            nearest.ifPresent(name -> meant.add(pointer.substring(0, pointer.lastIndexOf('/') + 1) + name));
            String hint = nearest.map(name -> "Meinten Sie „" + name + "“? ").orElse("")
                    + "Erlaubte Felder: " + String.join(", ", names);
            // records are read through a token buffer, which has no locations: find the key by its pointer instead
            problems.add(Problem.error(positions.key(pointer), "Unbekanntes Feld „" + propertyName + "“", hint));
            p.skipChildren();
            return true;
        }

        @Override
        public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String value,
                                             String failureMsg) {
            problems.add(Problem.error(at(ctxt.getParser()), describe(targetType, value), expected(targetType)));
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
            } else {
                problems.add(Problem.error(at(p), "Falscher Typ: hier wird " + kind(expected) + " erwartet",
                        expected(expected.getRawClass())));
            }
            p.skipChildren();
            return null;
        }

        private SourcePosition at(JsonParser parser) {
            SourcePosition fallback = positions.at(parser.streamReadContext().pathAsPointer().toString());
            return position(path, parser.currentTokenLocation(), lineOffset, fallback);
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

        private static String expected(Class<?> type) {
            if (type == LocalDate.class) {
                return "Erwartet wird JJJJ-MM-TT, z. B. 2025-02-25.";
            }
            if (type == LocalTime.class) {
                return "Erwartet wird eine Uhrzeit wie \"09:30\": Stunden und Minuten, in Anführungszeichen.";
            }
            if (type == boolean.class || type == Boolean.class) {
                return "Erlaubt sind true oder false.";
            }
            if (type.isEnum()) {
                return "Erlaubt sind: " + String.join(", ", Arrays.stream(type.getEnumConstants())
                        .map(constant -> constant.toString().toLowerCase()).toList()) + ".";
            }
            return null;
        }

        private static String kind(JavaType type) {
            if (type.isCollectionLikeType()) {
                return "eine Liste (Zeilen mit „- “)";
            }
            Class<?> raw = type.getRawClass();
            if (raw == String.class) {
                return "ein Text";
            }
            if (raw == LocalDate.class) {
                return "ein Datum";
            }
            if (raw == LocalTime.class) {
                return "eine Uhrzeit";
            }
            return raw.isRecord() ? "ein Block mit eingerückten Feldern" : "ein einzelner Wert";
        }
    }
}
