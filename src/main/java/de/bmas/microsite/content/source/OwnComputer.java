package de.bmas.microsite.content.source;

import de.bmas.microsite.content.model.SourcePosition;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Addresses of the editor's own computer, where the preview runs („http://localhost:8080/programm“, as its address
 * bar shows it, with or without the scheme): copied into the text, they would reach no visitor.
 */
public final class OwnComputer {

    private static final Pattern ADDRESS = Pattern.compile(
            "(https?:)?(//)?(localhost|127(\\.\\d{1,3}){3}|0\\.0\\.0\\.0)(:\\d+)?(?=[/?#]|$)",
            Pattern.CASE_INSENSITIVE);

    private OwnComputer() {
    }

    /** The address on this site that {@code url} of the own computer stands for ("/programm"), if it is one. */
    public static Optional<String> path(String url) {
        String written = url.strip();
        Matcher address = ADDRESS.matcher(written);
        if (!address.lookingAt()) {
            return Optional.empty();
        }
        String path = written.substring(address.end());
        return Optional.of(path.startsWith("/") ? path : "/" + path);
    }

    /** The error for a link or image ({@code what}: „Der Link“, „Das Bild“) to the own computer, if it is one. */
    static Optional<Problem> check(String what, String url, SourcePosition at) {
        return path(url).map(path -> Problem.error(at, what + " „" + url + "“ führt auf Ihren eigenen Rechner",
                "So lautet die Adresse nur in Ihrer Vorschau; Besucherinnen und Besucher erreichen sie nicht. "
                        + "Schreiben Sie für Seiten und Bilder dieser Website nur den Teil ab „/“, z. B. „" + path
                        + "“."));
    }
}
