package de.bmas.microsite.content.source;

import de.bmas.microsite.content.model.ContentImage;
import de.bmas.microsite.content.model.SourcePosition;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The images of {@code bilder/}, published as they are at {@code /bilder/NAME}: raster images byte for byte, SVG
 * images only in the form {@link SvgSanitizer} writes, as an SVG is a document that can run scripts.
 */
final class ContentImages {

    private static final Pattern IMAGE_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*\\.(jpg|jpeg|png|webp|svg|avif)");

    /** A photo straight from a camera is 5 – 25 MB; a web page needs a few hundred KB. */
    private static final long MAX_IMAGE_BYTES = 10_000_000;
    private static final String SIZE_HINT = "Verkleinern Sie das Bild, etwa auf 2.000 Pixel Breite: Für eine "
            + "Webseite genügen meist wenige hundert KB, und Besucherinnen und Besucher am Handy laden es schneller.";
    /** The raster formats by their extensions; {@link #format} reads which one a file's first bytes are. */
    private static final Map<String, String> FORMATS = Map.of("jpg", "JPEG", "jpeg", "JPEG", "png", "PNG",
            "webp", "WebP", "avif", "AVIF");

    private ContentImages() {
    }

    /**
     * @param broken the routes of files that are there but not published, for their errors of their own: a
     *               reference to one is no second error
     */
    record Loaded(List<ContentImage> images, Set<String> broken) {
    }

    static Loaded load(ContentFiles files, Path folder, List<Problem> problems, Function<Path, Instant> dating) {
        List<ContentImage> images = new ArrayList<>();
        Set<String> broken = new HashSet<>();
        for (Path file : files.list(folder, problems)) {
            String name = SourcePaths.name(file);
            String route = ContentImage.ROUTE_PREFIX + name;
            if (!IMAGE_NAME.matcher(name).matches()) {
                if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                    problems.add(ContentFiles.subfolder(file));
                } else {
                    problems.add(Problem.error(new SourcePosition(SourcePaths.display(file), 1, 1),
                            "Der Bildname „" + name + "“ ist nicht erlaubt", nameHint(name)));
                    broken.add(route);
                }
                continue;
            }
            files.read(file, MAX_IMAGE_BYTES, SIZE_HINT, problems)
                    .filter(bytes -> matchesItsName(file, bytes, problems))
                    .flatMap(bytes -> safe(file, bytes, problems))
                    .ifPresentOrElse(bytes -> images.add(new ContentImage(route, bytes, dating.apply(file))),
                            () -> broken.add(route));
        }
        return new Loaded(images, broken);
    }

    /** The rule, and the name to rename the file to where only the name breaks it (not a format browsers lack). */
    private static String nameHint(String name) {
        String rule = "Erlaubt sind Kleinbuchstaben a–z, Ziffern, Bindestriche und die Endungen .jpg, .jpeg, .png, "
                + ".webp, .svg, .avif";
        int dot = name.lastIndexOf('.');
        String suggested = dot > 0
                ? Slugs.suggest(name.substring(0, dot)) + name.substring(dot).toLowerCase(Locale.ROOT) : "";
        return IMAGE_NAME.matcher(suggested).matches() ? rule + ", z. B. „" + suggested + "“." : rule + ".";
    }

    /**
     * Whether a raster image's bytes are of the format its name says: a browser refuses a PNG named .jpg in some
     * cases and a text file named .jpg always, so the page would show a broken image.
     */
    private static boolean matchesItsName(Path image, byte[] bytes, List<Problem> problems) {
        String name = SourcePaths.name(image);
        String expected = FORMATS.get(name.substring(name.lastIndexOf('.') + 1));
        String actual = format(bytes);
        if (expected == null || expected.equals(actual)) {
            return true;
        }
        problems.add(Problem.error(new SourcePosition(SourcePaths.display(image), 1, 1),
                "„" + name + "“ ist kein " + expected + "-Bild" + (actual == null ? "" : ", sondern ein " + actual
                        + "-Bild"),
                actual == null || !FORMATS.containsValue(actual)
                        ? "Speichern Sie das Bild mit einem Bildprogramm neu als " + expected + "."
                        : "Geben Sie der Datei die Endung, die zu ihrem Format passt, und passen Sie die Verweise an."));
        return false;
    }

    private static String format(byte[] bytes) {
        if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
            return "JPEG";
        }
        if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "PNG";
        }
        if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
            return "WebP";
        }
        if (!startsWith(bytes, 4, 'f', 't', 'y', 'p')) {
            return null;
        }
        // one container, several formats: its brand says which (a phone's HEIC photo is no AVIF to a browser)
        return startsWith(bytes, 8, 'a', 'v', 'i') ? "AVIF" : startsWith(bytes, 8, 'h', 'e', 'i') ? "HEIC" : null;
    }

    private static boolean startsWith(byte[] bytes, int offset, int... expected) {
        if (bytes.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static Optional<byte[]> safe(Path image, byte[] bytes, List<Problem> problems) {
        return image.getFileName().toString().endsWith(".svg")
                ? SvgSanitizer.sanitize(SourcePaths.display(image), bytes, problems) : Optional.of(bytes);
    }
}
