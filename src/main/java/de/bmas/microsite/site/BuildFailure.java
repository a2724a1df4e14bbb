package de.bmas.microsite.site;

import de.bmas.microsite.content.model.SourcePosition;
import de.bmas.microsite.content.source.SourcePaths;
import de.bmas.microsite.content.source.ContentReport;
import de.bmas.microsite.content.source.Problem;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A build that ended in an exception instead of a report, told to editors as a problem. The loader reports what the
 * content folder holds as problems of their own (a folder named {@code x.md}, a file without read permission); this
 * is the net below it, for a file that changes while it is read, or a fault of the engine: the preview and a reload
 * must survive it and say in German what is wrong, never show a stack trace, and try again on the next change.
 */
final class BuildFailure {

    private BuildFailure() {
    }

    static ContentReport report(Throwable failure, Path contentDir) {
        return new ContentReport(List.of(problem(failure, contentDir)));
    }

    /** Whether reading a file failed: then the problem says all there is to say, and a stack trace would not help. */
    static boolean aboutAFile(Throwable failure) {
        return cause(failure, IOException.class) != null;
    }

    private static Problem problem(Throwable failure, Path contentDir) {
        SourcePosition folder = new SourcePosition(SourcePaths.display(contentDir), 1, 1);
        FileSystemException file = cause(failure, FileSystemException.class);
        IOException io = cause(failure, IOException.class);
        if (file == null || file.getFile() == null) {
            return io == null
                    ? Problem.error(folder, "Die Website kann aus diesem Inhalt nicht erstellt werden ("
                            + failure.getClass().getSimpleName() + ")", "Das liegt an keiner bestimmten Stelle im "
                            + "Text. Speichern Sie noch einmal; bleibt die Meldung, wenden Sie sich an die technische "
                            + "Betreuung (Einzelheiten stehen im Befehlsfenster).")
                    : Problem.error(folder, "Ein Eintrag im Inhaltsordner kann nicht gelesen werden ("
                            + io.getMessage() + ")", "Prüfen Sie, ob alles mit der Endung „.md“ eine gewöhnliche "
                            + "Datei ist (kein Ordner) und ob Sie alle Dateien lesen dürfen.");
        }
        Path path = Path.of(file.getFile());
        String name = path.getFileName() == null ? file.getFile() : path.getFileName().toString();
        SourcePosition at = new SourcePosition(SourcePaths.display(path), 1, 1);
        if (Files.isDirectory(path)) {
            return Problem.error(at, "„" + name + "“ ist ein Ordner, keine Datei",
                    "An dieser Stelle wird eine Datei erwartet; benennen Sie den Ordner um oder entfernen Sie ihn.");
        }
        return Problem.error(at, "„" + name + "“ kann nicht gelesen werden",
                "Prüfen Sie, ob es eine gewöhnliche Datei ist und ob Sie sie lesen dürfen.");
    }

    private static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
