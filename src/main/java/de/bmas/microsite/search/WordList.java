package de.bmas.microsite.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/** A word list shipped beside these classes: one word per line, {@code #} starts a comment line. */
final class WordList {

    private WordList() {
    }

    static List<String> read(String resource) {
        try (InputStream in = Objects.requireNonNull(WordList.class.getResourceAsStream(resource), resource);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("The word list " + resource + " is part of the application", e);
        }
    }
}
