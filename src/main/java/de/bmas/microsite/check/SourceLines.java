package de.bmas.microsite.check;

import de.bmas.microsite.content.source.ContentLoader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** The text of a line of a content file, as a problem's path and line name it. */
public interface SourceLines {

    /**
     * The line, without leading and trailing blanks unless read {@link #asWritten()}; empty where there is none (a
     * folder, a file gone since).
     */
    String line(String path, int line);

    /**
     * Reads the files the problems name, relative to the working directory as their paths are, each once. Bytes that
     * are not UTF-8 (a problem of its own) become replacement characters rather than a failure. A file that is no
     * text (it holds NUL bytes) or larger than any content file may be has no lines to show: an image's bytes are no
     * line an editor wrote.
     */
    static SourceLines fromFiles() {
        return fromFiles(String::strip);
    }

    /** As {@link #fromFiles()}, with each line as it stands, so that a column can be pointed at. */
    static SourceLines asWritten() {
        return fromFiles(UnaryOperator.identity());
    }

    private static SourceLines fromFiles(UnaryOperator<String> trim) {
        Map<String, List<String>> files = new HashMap<>();
        return (path, line) -> {
            List<String> lines = files.computeIfAbsent(path, SourceLines::read);
            return line >= 1 && line <= lines.size() ? trim.apply(lines.get(line - 1)) : "";
        };
    }

    private static List<String> read(String path) {
        try {
            Path file = Path.of(path);
            if (!Files.isRegularFile(file) || Files.size(file) > ContentLoader.MAX_TEXT_BYTES) {
                return List.of();
            }
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            // images and UTF-16 hold NUL bytes; text in another 8-bit encoding does not, and its lines help
            return text.indexOf('\0') >= 0 ? List.of() : text.lines().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
