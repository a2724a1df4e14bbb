package de.bmas.microsite;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Map;

/** Why {@code export} or {@code init} could not write a file, in German, naming the file. */
final class WriteFailure {

    /** The system's own words (Linux, macOS) for the failures a folder chosen by hand runs into. */
    private static final Map<String, String> SYSTEM_REASONS = Map.of(
            "Not a directory", "ein Teil des Pfades ist eine Datei, kein Ordner",
            "No space left on device", "kein Platz mehr auf dem Laufwerk",
            "Read-only file system", "das Laufwerk ist schreibgeschützt");

    private WriteFailure() {
    }

    static String describe(IOException e) {
        String file = e instanceof FileSystemException failure && failure.getFile() != null
                ? "„" + failure.getFile() + "“" : "Eine Datei";
        return "Abgebrochen: " + file + " lässt sich nicht schreiben (" + reason(e) + "). Prüfen Sie, ob der Ordner "
                + "ein Ordner ist, Sie in ihn schreiben dürfen und Platz auf dem Laufwerk ist, oder wählen Sie einen "
                + "anderen.";
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "keine Schreibrechte";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "eine Datei dieses Namens steht im Weg";
        }
        if (e instanceof NoSuchFileException) {
            return "der Ordner fehlt";
        }
        String system = e instanceof FileSystemException failure && failure.getReason() != null
                ? failure.getReason() : String.valueOf(e.getMessage());
        return SYSTEM_REASONS.getOrDefault(system, "Meldung des Systems: " + system);
    }
}
