package de.bmas.microsite.content.source;

import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** Finds the known name an editor most likely meant, for "did you mean" hints. */
public final class Suggestions {

    private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

    private Suggestions() {
    }

    /** The nearest known name by spelling, ignoring case, if it is close enough to be a typo. */
    public static Optional<String> nearest(String typed, Collection<String> known) {
        int tolerance = Math.max(2, typed.length() / 3);
        return known.stream()
                .min(Comparator.comparingInt(candidate -> distance(typed, candidate)))
                .filter(candidate -> distance(typed, candidate) <= tolerance);
    }

    private static int distance(String a, String b) {
        return LEVENSHTEIN.apply(a.toLowerCase(Locale.GERMAN), b.toLowerCase(Locale.GERMAN));
    }
}
