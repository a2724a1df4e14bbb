package de.bmas.microsite.content.source;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** A record's fields as the front matter names them („image_alt“ for {@code imageAlt}), read once per type. */
final class FieldNames {

    private static final ClassValue<Set<String>> OF_RECORD = new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> type) {
            return Arrays.stream(type.getRecordComponents()).map(component -> of(component.getName()))
                    .collect(Collectors.toUnmodifiableSet());
        }
    };

    private FieldNames() {
    }

    /** The fields of the record {@code type}. */
    static Set<String> of(Class<?> type) {
        return OF_RECORD.get(type);
    }

    /** A Java field's name as the front matter writes it. */
    static String of(String javaName) {
        return FrontMatterBinder.SNAKE_CASE.nameForField(null, null, javaName);
    }
}
