package de.bmas.microsite.content.source;

import de.bmas.microsite.content.model.FieldPositions;
import de.bmas.microsite.content.model.SourcePosition;
import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Binds YAML front matter to a typed record and checks it with Bean Validation, reporting every problem it can
 * find with the file's line and column: unknown fields, wrong formats and types, missing values.
 */
@Component
class FrontMatterBinder {

    static final PropertyNamingStrategies.NamingBase SNAKE_CASE =
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
            .addModule(new SimpleModule().addDeserializer(LocalTime.class, new ClockTimeDeserializer()))
            .build();

    private final Validator validator;

    FrontMatterBinder(Validator validator) {
        this.validator = validator;
    }

    /** The bound record, or empty when the front matter has errors (which are then in {@code problems}). */
    <T> Optional<Bound<T>> bind(SourceText source, Class<T> type, List<Problem> problems) {
        SourcePosition origin = new SourcePosition(source.path(), 1, 1);
        int lineOffset = source.frontMatterLine() - 1;
        FieldPositions positions;
        try {
            positions = FieldPositionIndex.of(mapper, source, problems);
        } catch (JacksonException e) {
            Problem syntax = YamlSyntax.problem(source, e);
            // one problem per line: the rest of a line after a value starting with * is the same mistake
            if (problems.stream().noneMatch(problem -> problem.isError() && problem.line() == syntax.line())) {
                problems.add(syntax);
            }
            return Optional.empty();
        }
        List<Problem> found = new ArrayList<>();
        BindingProblems collector = new BindingProblems(source.path(), lineOffset, positions, found);
        T value;
        try {
            value = mapper.readerFor(type)
                    .withHandler(collector)
                    .readValue(source.frontMatter().isBlank() ? "{}" : source.frontMatter());
        } catch (JacksonException e) {
            if (found.stream().noneMatch(Problem::isError)) {
                // a failure the collector could not explain; otherwise it follows from a problem already reported
                found.add(Problem.error(FieldPositionIndex.position(source.path(), e.getLocation(), lineOffset, origin),
                        "Der Kopfbereich passt nicht zur erwarteten Form (" + e.getOriginalMessage() + ")",
                        "Vergleichen Sie die Felder mit dem Beispiel in der Anleitung für die Redaktion."));
            }
            problems.addAll(found);
            return Optional.empty();
        }
        if (value == null) {
            problems.addAll(found);
            return Optional.empty();
        }
        Bound<T> bound = new Bound<>(value, positions);
        WrongFolder.check(type, positions, origin).ifPresent(found::add);
        validate(bound, collector.meant(), found);
        problems.addAll(found);
        return found.stream().anyMatch(Problem::isError) ? Optional.empty() : Optional.of(bound);
    }

    /**
     * Adds the constraint violations, except a missing field that an unknown field was taken for ({@code meant}):
     * a misspelt one, or one of a block written without its indentation („city“ at the start of the line).
     */
    private <T> void validate(Bound<T> bound, Set<String> meant, List<Problem> found) {
        List<ConstraintViolation<T>> violations = validator.validate(bound.value()).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .toList();
        for (ConstraintViolation<T> violation : violations) {
            String pointer = pointer(violation.getPropertyPath());
            SourcePosition at = bound.positions().at(pointer);
            boolean present = bound.positions().has(pointer);
            // one problem per line: an empty value after a wrong type, say, is the same mistake; fields that are
            // missing all stand at their block's line, each a mistake of its own
            if (meant.contains(pointer) || present && found.stream().anyMatch(p -> p.line() == at.line())) {
                continue;
            }
            if (present) {
                found.add(Problem.error(at, "Feld " + label(pointer) + " " + violation.getMessage(),
                        emptyTextHint(violation, pointer)));
            } else {
                found.add(Problem.error(at, "Pflichtfeld " + label(pointer) + " fehlt", whereToAdd(pointer)));
            }
        }
    }

    /** How to fill a text that is empty; none for other violations, whose message says what is wrong. */
    private static String emptyTextHint(ConstraintViolation<?> violation, String pointer) {
        if (!(violation.getConstraintDescriptor().getAnnotation() instanceof NotBlank)) {
            return null;
        }
        return pointer.matches(".*/\\d+") ? "Schreiben Sie den Eintrag hinter „- “ oder löschen Sie die Zeile."
                : "Schreiben Sie den Text hinter den Doppelpunkt.";
    }

    /** Where a missing field goes: at the top of the header, or indented under the block it belongs to. */
    private static String whereToAdd(String pointer) {
        String field = pointer.substring(pointer.lastIndexOf('/') + 1);
        String parent = pointer.substring(0, pointer.lastIndexOf('/'));
        String line = "„" + field + ": …“";
        return parent.isEmpty()
                ? "Ergänzen Sie im Kopfbereich (zwischen den beiden Zeilen „---“) eine Zeile " + line + "."
                : "Ergänzen Sie unter " + label(parent) + " eine eingerückte Zeile " + line + ".";
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

    private static String pointer(Path path) {
        StringBuilder pointer = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable() && node.getIndex() != null) {
                pointer.append('/').append(node.getIndex());
            }
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
                pointer.append('/').append(FieldNames.of(node.getName()));
            }
        }
        return pointer.toString();
    }

    /** A bound record with the positions of its values in the file. */
    record Bound<T>(T value, FieldPositions positions) {
    }
}
