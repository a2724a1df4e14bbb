package de.bmas.microsite.content;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Finds the known name an editor most likely meant, for "did you mean" hints. */
public final class Suggestions {

    private Suggestions() {
    }

    public static Optional<String> nearest(String typed, Collection<String> known) {
        int tolerance = Math.max(2, typed.length() / 3);
        return known.stream()
                .min(Comparator.comparingInt(candidate -> distance(typed, candidate)))
                .filter(candidate -> distance(typed, candidate) <= tolerance);
    }

    /** Levenshtein distance, case-insensitive. */
    static int distance(String a, String b) {
        String s = a.toLowerCase();
        String t = b.toLowerCase();
        int[] previous = new int[t.length() + 1];
        int[] current = new int[t.length() + 1];
        for (int j = 0; j <= t.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= s.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= t.length(); j++) {
                int substitution = previous[j - 1] + (s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[t.length()];
    }
}
