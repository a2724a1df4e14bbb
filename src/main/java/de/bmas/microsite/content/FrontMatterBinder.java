package de.bmas.microsite.content;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
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
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(EnumFeature.READ_ENUMS_USING_TO_STRING)
            .build();

    private final Validator validator;

    FrontMatterBinder(Validator validator) {
        this.validator = validator;
    }

    /** The bound record, or empty when the front matter has errors (which are then in {@code problems}). */
    <T> Optional<Bound<T>> bind(SourceText source, Class<T> type, List<Problem> problems) {
        SourcePosition origin = new SourcePosition(source.path(), 1, 1);
        int lineOffset = source.frontMatterLine() - 1;
        Map<String, SourcePosition> positions = new HashMap<>();
        try {
            positions = indexPositions(source, lineOffset);
        } catch (JacksonException e) {
            problems.add(Problem.error(position(source.path(), e.getLocation(), lineOffset, origin),
                    "Der Kopfbereich ist kein gültiges YAML (" + e.getOriginalMessage() + ")",
                    "Prüfen Sie Einrückung und Doppelpunkte; Texte mit „:“ oder „#“ in Anführungszeichen setzen."));
            return Optional.empty();
        }
        List<Problem> found = new ArrayList<>();
        T value;
        try {
            value = mapper.readerFor(type)
                    .withHandler(new Collector(source.path(), lineOffset, origin, found))
                    .readValue(source.frontMatter().isBlank() ? "{}" : source.frontMatter());
        } catch (JacksonException e) {
            found.add(Problem.error(position(source.path(), e.getLocation(), lineOffset, origin),
                    "Der Kopfbereich passt nicht zur erwarteten Form (" + e.getOriginalMessage() + ")",
                    "Vergleichen Sie die Felder mit dem Beispiel in der Anleitung für Redakteurinnen und Redakteure."));
            problems.addAll(found);
            return Optional.empty();
        }
        Bound<T> bound = new Bound<>(value, new Positions(positions, origin));
        validate(bound, found);
        problems.addAll(found);
        return found.stream().anyMatch(Problem::isError) ? Optional.empty() : Optional.of(bound);
    }

    private <T> void validate(Bound<T> bound, List<Problem> found) {
        List<ConstraintViolation<T>> violations = validator.validate(bound.value()).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .toList();
        for (ConstraintViolation<T> violation : violations) {
            String pointer = pointer(violation.getPropertyPath());
            SourcePosition at = bound.positions().at(pointer);
            if (found.stream().anyMatch(p -> p.line() == at.line() && p.column() == at.column())) {
                continue;
            }
            String field = pointer.substring(pointer.lastIndexOf('/') + 1);
            String message = bound.positions().has(pointer)
                    ? "Feld „" + field + "“: " + violation.getMessage()
                    : "Pflichtfeld „" + field + "“ fehlt";
            found.add(Problem.error(at, message, null));
        }
    }

    /** Records where each YAML key and scalar value stands, by JSON pointer, so later checks can point at them. */
    private Map<String, SourcePosition> indexPositions(SourceText source, int lineOffset) {
        Map<String, SourcePosition> positions = new HashMap<>();
        SourcePosition origin = new SourcePosition(source.path(), 1, 1);
        try (JsonParser parser = mapper.createParser(source.frontMatter())) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                String pointer = parser.streamReadContext().pathAsPointer().toString();
                SourcePosition at = position(source.path(), parser.currentTokenLocation(), lineOffset, origin);
                if (token == JsonToken.PROPERTY_NAME) {
                    positions.putIfAbsent(pointer, at);
                } else if (token.isScalarValue()) {
                    positions.put(pointer, at);
                }
            }
        }
        return positions;
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

    /** Positions by JSON pointer ({@code /people/0/name}); missing values fall back to their parent. */
    record Positions(Map<String, SourcePosition> byPointer, SourcePosition origin) {

        SourcePosition at(String pointer) {
            for (String p = pointer; !p.isEmpty(); p = p.substring(0, p.lastIndexOf('/'))) {
                SourcePosition found = byPointer.get(p);
                if (found != null) {
                    return found;
                }
            }
            return origin;
        }

        boolean has(String pointer) {
            return byPointer.containsKey(pointer);
        }
    }

    /** Turns Jackson's recoverable problems into editors' problems and carries on, so all are reported at once. */
    private static final class Collector extends DeserializationProblemHandler {

        private final String path;
        private final int lineOffset;
        private final SourcePosition origin;
        private final List<Problem> problems;

        Collector(String path, int lineOffset, SourcePosition origin, List<Problem> problems) {
            this.path = path;
            this.lineOffset = lineOffset;
            this.origin = origin;
            this.problems = problems;
        }

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, ValueDeserializer<?> deserializer,
                                             Object beanOrClass, String propertyName) {
            Collection<Object> known = deserializer == null ? List.of() : deserializer.getKnownPropertyNames();
            List<String> names = known == null ? List.of() : known.stream().map(String::valueOf).sorted().toList();
            String hint = Suggestions.nearest(propertyName, names)
                    .map(name -> "Meinten Sie „" + name + "“? ")
                    .orElse("") + "Erlaubte Felder: " + String.join(", ", names);
            problems.add(Problem.error(at(p), "Unbekanntes Feld „" + propertyName + "“", hint));
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
        public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken token,
                                            JsonParser p, String failureMsg) {
            problems.add(Problem.error(at(p), "Falscher Typ: hier wird " + kind(targetType) + " erwartet",
                    expected(targetType.getRawClass())));
            p.skipChildren();
            return null;
        }

        private SourcePosition at(JsonParser parser) {
            return position(path, parser.currentTokenLocation(), lineOffset, origin);
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
                return "Erwartet wird SS:MM in Anführungszeichen, z. B. \"09:30\".";
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
            if (type.getRawClass() == String.class) {
                return "ein Text";
            }
            return type.getRawClass().isRecord() ? "ein Block mit eingerückten Feldern" : "ein einzelner Wert";
        }
    }
}
