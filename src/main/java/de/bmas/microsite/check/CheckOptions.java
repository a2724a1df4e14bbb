package de.bmas.microsite.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The options of {@code check} itself; everything else ({@code --microsite.content-dir=…}) goes on to Spring.
 *
 * @param strict     {@code --strict}: warnings fail the check as errors do, for a publishing pipeline
 * @param format     {@code --format=text|github|gitlab|json}
 * @param springArgs the remaining arguments
 */
record CheckOptions(boolean strict, Format format, List<String> springArgs) {

    private static final String STRICT = "--strict";
    private static final String FORMAT = "--format";
    private static final String CONTENT_DIR = "--microsite.content-dir=";

    /**
     * A setting for Spring, {@code --name.of.property=value}: an option without a dot is none, and most likely a
     * typing error of check's own ({@code --strickt}), which must not pass silently as a check without it.
     */
    private static boolean isSetting(String arg) {
        return arg.startsWith("--") && arg.substring(2).split("=", 2)[0].contains(".");
    }

    enum Format {
        TEXT, GITHUB, GITLAB, JSON;

        /** Every format but the editors' one is read by a program, which must find nothing else on stdout. */
        boolean forMachines() {
            return this != TEXT;
        }

        static String names() {
            return String.join(", ", Arrays.stream(values()).map(Format::optionValue).toList());
        }

        String optionValue() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** @throws IllegalArgumentException with a German message for editors when an option of check's is wrong */
    static CheckOptions parse(String[] args) {
        boolean strict = false;
        Format format = Format.TEXT;
        List<String> rest = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals(STRICT)) {
                strict = true;
            } else if (arg.equals(FORMAT) || arg.startsWith(FORMAT + "=")) {
                format = format(arg.equals(FORMAT) ? "" : arg.substring(FORMAT.length() + 1));
            } else if (isSetting(arg)) {
                rest.add(arg);
            } else {
                throw new IllegalArgumentException("Unbekannte Angabe „" + arg + "“ – check kennt einen Ordner, "
                        + "--strict, --format=… und Einstellungen wie --microsite.content-dir=ORDNER: java -jar "
                        + "microsite.jar check [ORDNER] [--strict] [--format=" + Format.names().replace(", ", "|")
                        + "]");
            }
        }
        if (rest.stream().filter(arg -> arg.startsWith(CONTENT_DIR)).count() > 1) {
            throw new IllegalArgumentException("Bitte nur einen Ordner angeben: java -jar microsite.jar check ORDNER");
        }
        return new CheckOptions(strict, format, List.copyOf(rest));
    }

    private static Format format(String value) {
        return Arrays.stream(Format.values())
                .filter(format -> format.optionValue().equals(value.toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(value.isEmpty()
                        ? "Nach --format fehlt das Format, z. B. --format=github – Erlaubt sind: " + Format.names()
                                + "."
                        : "Unbekanntes Format „" + value + "“ – Erlaubt sind: " + Format.names() + "."));
    }
}
