package de.bmas.microsite.content.source;

import de.bmas.microsite.content.model.SourcePosition;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The content folder read as untrusted input: whoever can change a content file (an editor's account, a pull
 * request) must not get the site to publish any other file of the machine. The folder is resolved to its real path
 * once, when a load starts. Every file and folder below it is resolved (links followed), checked to lie inside it,
 * and then read by that resolved path without following a link on the way ({@link FileTree}), so a link switched
 * after the check is refused, not followed. Whatever is not a readable regular file where one is expected (a
 * folder, a pipe, a socket, a file without read permission) becomes a problem naming it, never an exception.
 */
final class ContentFiles implements AutoCloseable {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final Path shown;
    private final Path root;
    private final FileTree tree;
    private final Consumer<Path> beforeRead;

    private ContentFiles(Path shown, Path root, FileTree tree, Consumer<Path> beforeRead) {
        this.shown = shown;
        this.root = root;
        this.tree = tree;
        this.beforeRead = beforeRead;
    }

    /** Opens the content folder {@code dir}; empty, with the reason added to {@code problems}, if it can't be. */
    static Optional<ContentFiles> open(Path dir, List<Problem> problems) {
        return open(dir, true, path -> {
        }, problems);
    }

    /**
     * For tests: {@code secure = false} reads as on platforms without {@code openat}; {@code beforeRead} runs
     * between the check of a file's real path and its reading, where a test can switch a link.
     */
    static Optional<ContentFiles> open(Path dir, boolean secure, Consumer<Path> beforeRead, List<Problem> problems) {
        if (!Files.isDirectory(dir)) {
            // editors start in the wrong folder more often than they lack one: say where it was looked for
            problems.add(error(dir, "Der Inhaltsordner fehlt", "Gesucht wurde „" + dir.toAbsolutePath().normalize()
                    + "“. Starten Sie den Befehl in dem Ordner, der den Inhaltsordner enthält, oder nennen Sie ihn "
                    + "dahinter, z. B. „check kongress-2030“ (beim Server: --microsite.content-dir=ORDNER)."));
            return Optional.empty();
        }
        try {
            Path root = dir.toRealPath();
            return Optional.of(new ContentFiles(dir, root, FileTree.open(root, secure), beforeRead));
        } catch (IOException e) {
            problems.add(error(dir, "Der Inhaltsordner kann nicht gelesen werden",
                    "Prüfen Sie, ob er vorhanden ist und Sie ihn lesen dürfen."));
            return Optional.empty();
        }
    }

    /**
     * The Markdown files of {@code folder} whose names can be addresses; other entries are reported: a name that is
     * no slug as an error, any other file as unused.
     */
    List<Path> markdownFiles(Path folder, List<Problem> problems) {
        List<Path> found = new ArrayList<>();
        for (Path file : list(folder, problems)) {
            String name = SourcePaths.name(file);
            if (!name.endsWith(".md")) {
                problems.add(Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS) ? subfolder(file)
                        : Problem.warning(new SourcePosition(SourcePaths.display(file), 1, 1),
                        "Datei wird nicht verwendet",
                        SourcePaths.unusedHint(file, "Inhalte sind Markdown-Dateien mit der Endung „.md“.")));
            } else if (!SLUG.matcher(ContentLoader.slugOf(file)).matches()) {
                problems.add(error(file,
                        "Der Dateiname „" + name + "“ enthält Zeichen, die nicht in eine Internetadresse gehören",
                        "Erlaubt sind Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche, z. B. „"
                                + Slugs.suggest(ContentLoader.slugOf(file)) + ".md“."));
            } else {
                found.add(file);
            }
        }
        return found;
    }

    /**
     * The entries of {@code folder}, a path below the content folder, sorted, without hidden ones (names starting
     * with a dot, such as editors' backup files); none if the folder does not exist or is refused.
     */
    List<Path> list(Path folder, List<Problem> problems) {
        Optional<Path> inside = resolve(folder, "einen Ordner", false, problems);
        if (inside.isEmpty()) {
            return List.of();
        }
        try {
            if (!tree.attributes(inside.get()).isDirectory()) {
                problems.add(error(folder, "„" + SourcePaths.name(folder) + "“ ist kein Ordner",
                        "An dieser Stelle wird ein Ordner erwartet; benennen Sie die Datei um oder entfernen Sie "
                                + "sie."));
                return List.of();
            }
            return tree.list(inside.get()).stream()
                    .filter(name -> !name.toString().startsWith("."))
                    .sorted()
                    .map(folder::resolve)
                    .toList();
        } catch (IOException e) {
            problems.add(unreadable(folder, e));
            return List.of();
        }
    }

    /**
     * The bytes of {@code file}, a path below the content folder; empty, with the reason in {@code problems}. Also
     * empty when it is larger than {@code maxBytes}: each file is held in memory with the site, and a photo straight
     * from a camera must be an error, not the preview running out of memory.
     */
    Optional<byte[]> read(Path file, long maxBytes, String sizeHint, List<Problem> problems) {
        Optional<Path> inside = resolve(file, "eine Datei", true, problems);
        if (inside.isEmpty()) {
            return Optional.empty();
        }
        beforeRead.accept(file);
        try {
            BasicFileAttributes attributes = tree.attributes(inside.get());
            if (attributes.isDirectory()) {
                problems.add(error(file, "„" + SourcePaths.name(file) + "“ ist ein Ordner, keine Datei",
                        "An dieser Stelle wird eine Datei erwartet; benennen Sie den Ordner um oder entfernen Sie "
                                + "ihn."));
                return Optional.empty();
            }
            if (attributes.isOther()) {
                problems.add(error(file, "„" + SourcePaths.name(file) + "“ ist keine gewöhnliche Datei (sondern "
                                + "z. B. eine Pipe oder ein Socket)",
                        "Ersetzen Sie sie durch eine gewöhnliche Datei oder entfernen Sie sie."));
                return Optional.empty();
            }
            if (!attributes.isRegularFile()) {
                // resolved without a link a moment ago: it was swapped for one since
                problems.add(changedWhileReading(file));
                return Optional.empty();
            }
            if (attributes.size() > maxBytes) {
                problems.add(error(file, "„" + SourcePaths.name(file) + "“ ist zu groß (" + megabytes(attributes.size())
                        + "; höchstens " + megabytes(maxBytes) + ")", sizeHint));
                return Optional.empty();
            }
            return Optional.of(tree.read(inside.get()));
        } catch (IOException e) {
            problems.add(unreadable(file, e));
            return Optional.empty();
        }
    }

    /**
     * The real path of {@code path} relative to the real content folder, if it lies inside it. Resolved from the
     * real content folder, not from the configured one: a link to the content folder switched during the load
     * changes nothing.
     */
    private Optional<Path> resolve(Path path, String what, boolean reportMissing, List<Problem> problems) {
        Path candidate = root.resolve(shown.relativize(path));
        Path real;
        try {
            real = candidate.toRealPath();
        } catch (NoSuchFileException e) {
            if (Files.isSymbolicLink(candidate)) {
                problems.add(error(path, "Die Verknüpfung „" + SourcePaths.name(path) + "“ zeigt auf ein Ziel, das "
                        + "es nicht gibt", "Entfernen Sie die Verknüpfung oder legen Sie das Ziel an."));
            } else if (reportMissing) {
                problems.add(error(path, "Die Datei fehlt", "Legen Sie sie an oder entfernen Sie den Verweis."));
            }
            return Optional.empty();
        } catch (IOException e) {
            problems.add(Files.isSymbolicLink(candidate)
                    ? error(path, "Die Verknüpfung „" + SourcePaths.name(path) + "“ lässt sich nicht auflösen",
                    "Sie zeigt im Kreis oder über zu viele Verknüpfungen; ersetzen Sie sie durch das Ziel selbst.")
                    : unreadable(path, e));
            return Optional.empty();
        }
        if (!real.startsWith(root)) {
            problems.add(error(path, "„" + SourcePaths.name(path) + "“ zeigt auf " + what
                            + " außerhalb des Inhaltsordners",
                    "Die Website liest nur, was im Inhaltsordner liegt; legen Sie die Datei selbst hierher, statt "
                            + "auf sie zu verweisen."));
            return Optional.empty();
        }
        return Optional.of(root.relativize(real));
    }

    /** A folder's files are not read: its name would be part of their addresses (a folder x.md is an error). */
    static Problem subfolder(Path folder) {
        return Problem.warning(new SourcePosition(SourcePaths.display(folder), 1, 1), "Der Unterordner „"
                        + SourcePaths.name(folder) + "“ wird nicht gelesen",
                "Die Dateien darin erscheinen nicht auf der Website. Legen Sie sie direkt in den Ordner „"
                        + SourcePaths.name(folder.getParent()) + "“.");
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.GERMAN, "%,.1f MB", bytes / 1_000_000.0);
    }

    private static Problem unreadable(Path path, IOException e) {
        if (e instanceof AccessDeniedException) {
            return error(path, "„" + SourcePaths.name(path) + "“ kann nicht gelesen werden (keine Leserechte)",
                    "Geben Sie der Datei Leserechte, z. B. mit „chmod a+r“, oder entfernen Sie sie.");
        }
        if (e instanceof NoSuchFileException) {
            return error(path, "„" + SourcePaths.name(path) + "“ ist beim Lesen verschwunden",
                    "Prüfen Sie noch einmal, wenn alle Dateien gespeichert sind.");
        }
        return changedWhileReading(path);
    }

    private static Problem changedWhileReading(Path path) {
        return error(path, "„" + SourcePaths.name(path) + "“ hat sich beim Lesen verändert oder kann nicht gelesen "
                + "werden", "Prüfen Sie noch einmal. Bleibt der Fehler, ersetzen Sie sie durch eine gewöhnliche "
                + "Datei; Verknüpfungen, die während des Lesens umgestellt werden, werden nicht befolgt.");
    }

    private static Problem error(Path path, String message, String hint) {
        return Problem.error(new SourcePosition(SourcePaths.display(path), 1, 1), message, hint);
    }

    @Override
    public void close() {
        try {
            tree.close();
        } catch (IOException e) {
            // only a read handle: nothing was written that closing could lose
        }
    }
}
