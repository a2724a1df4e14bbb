package de.bmas.microsite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** What the commands that write a folder ({@code init}, {@code export}) ask of it before they start. */
public final class Folders {

    private Folders() {
    }

    /**
     * Whether {@code dir} does not exist yet or is an empty folder: writing there overwrites nothing and leaves
     * nothing of before behind.
     */
    public static boolean isNewOrEmpty(Path dir) {
        if (!Files.exists(dir)) {
            return true;
        }
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
