package de.bmas.microsite.content.model;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * Where the front matter's fields stand in their file, by JSON pointer ({@code /people/0/name}): of keys, and of
 * values (a scalar, or where a block or list entry starts). Checks that run after loading use it to point editors
 * at the offending line. A value stands where it is written, else at its key; a missing one at its parent.
 */
public record FieldPositions(Map<String, SourcePosition> keys, Map<String, SourcePosition> values,
                             SourcePosition origin) {

    public FieldPositions {
        keys = Map.copyOf(keys);
        values = Map.copyOf(values);
    }

    public SourcePosition at(String pointer) {
        for (String p = pointer; !p.isEmpty(); p = p.substring(0, p.lastIndexOf('/'))) {
            SourcePosition found = values.containsKey(p) ? values.get(p) : keys.get(p);
            if (found != null) {
                return found;
            }
        }
        return origin;
    }

    /** The key itself where it is written: an unknown or misspelt field is found there. */
    public SourcePosition key(String pointer) {
        return keys.containsKey(pointer) ? keys.get(pointer) : at(pointer);
    }

    /** The first key named {@code name} at any depth, as a pointer. */
    public Optional<String> firstKeyNamed(String name) {
        return keys.entrySet().stream()
                .filter(key -> key.getKey().endsWith("/" + name))
                .min(Comparator.comparingInt((Map.Entry<String, SourcePosition> key) -> key.getValue().line())
                        .thenComparingInt(key -> key.getValue().column()))
                .map(Map.Entry::getKey);
    }

    public boolean has(String pointer) {
        return keys.containsKey(pointer) || values.containsKey(pointer);
    }
}
