package de.bmas.microsite.site;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * How A–Z lists (people, the keyword index) file their entries: by the first letter in German order, Ä under A
 * and É under E (DIN 5007), anything but A to Z together after Z; each letter's section with its own id.
 */
public final class Initials {

    /** Where initials that are no letter A to Z go. */
    private static final String OTHER = "#";
    /** A to Z, then {@link #OTHER}. */
    private static final Comparator<String> ORDER = Comparator.comparing((String letter) -> letter.equals(OTHER))
            .thenComparing(Comparator.naturalOrder());

    /** One letter's section of a list, as templates show it: {@code letter.label} and {@code letter.id}. */
    public interface Section {

        String letter();

        default String label() {
            return heading(letter());
        }

        default String id() {
            return sectionId(letter());
        }
    }

    private Initials() {
    }

    /**
     * {@code items} under the letter each one's label is filed under, the letters from A to Z and then
     * {@link #OTHER}, the items of a letter in the order given.
     */
    public static <T> Map<String, List<T>> group(List<T> items, Function<T, String> label) {
        Map<String, List<T>> letters = new TreeMap<>(ORDER);
        items.forEach(item -> letters.computeIfAbsent(of(label.apply(item)), any -> new ArrayList<>()).add(item));
        return letters;
    }

    /** The letter {@code label} is filed under. */
    private static String of(String label) {
        String first = label.isEmpty() ? "" : label.substring(0, label.offsetByCodePoints(0, 1));
        String base = Normalizer.normalize(first, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toUpperCase(Locale.GERMAN);
        return base.length() == 1 && base.charAt(0) >= 'A' && base.charAt(0) <= 'Z' ? base : OTHER;
    }

    /** The letter as its section's heading shows it. */
    private static String heading(String letter) {
        return letter.equals(OTHER) ? "Weitere" : letter;
    }

    /** The id of the letter's section, which jump links point to. */
    private static String sectionId(String letter) {
        return "buchstabe-" + (letter.equals(OTHER) ? "weitere" : letter.toLowerCase(Locale.ROOT));
    }
}
