package de.bmas.microsite.content.source;

import java.text.Normalizer;
import java.util.Locale;

/** Turns a German title or file name into the URL-safe slug editors should use. */
public final class Slugs {

    private Slugs() {
    }

    public static String suggest(String text) {
        // composed first: macOS saves „ü“ in file names as „u“ and a combining diaeresis
        String german = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.GERMAN)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        String ascii = Normalizer.normalize(german, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "name" : slug;
    }
}
