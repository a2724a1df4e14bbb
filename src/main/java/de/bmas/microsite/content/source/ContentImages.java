package de.bmas.microsite.content.source;

import de.bmas.microsite.content.model.ContentImage;
import de.bmas.microsite.content.model.SourcePosition;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The images of {@code bilder/}, published as they are at {@code /bilder/NAME}: raster images byte for byte, SVG
 * images only in the form {@link SvgSanitizer} writes, as an SVG is a document that can run scripts.
 */
final class ContentImages {

    private static final Pattern IMAGE_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*\\.(jpg|jpeg|png|webp|svg|avif)");

    private ContentImages() {
    }

    static List<ContentImage> load(ContentFiles files, Path folder, List<Problem> problems,
                                   Function<Path, Instant> dating) {
        List<ContentImage> images = new ArrayList<>();
        for (Path file : files.list(folder, problems)) {
            String name = SourcePaths.name(file);
            if (IMAGE_NAME.matcher(name).matches()) {
                files.read(file, problems).flatMap(bytes -> safe(file, bytes, problems)).ifPresent(bytes ->
                        images.add(new ContentImage("/" + ContentLoader.IMAGES_DIR + "/" + name, bytes,
                                dating.apply(file))));
            } else {
                problems.add(Problem.error(new SourcePosition(SourcePaths.display(file), 1, 1),
                        "Der Bildname „" + name + "“ ist nicht erlaubt", nameHint(name)));
            }
        }
        return images;
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

    private static Optional<byte[]> safe(Path image, byte[] bytes, List<Problem> problems) {
        return image.getFileName().toString().endsWith(".svg")
                ? SvgSanitizer.sanitize(SourcePaths.display(image), bytes, problems) : Optional.of(bytes);
    }
}
