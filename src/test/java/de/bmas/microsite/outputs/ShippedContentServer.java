package de.bmas.microsite.outputs;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

/**
 * The shipped congress report (no clock times known) served on a random port under a fixed base URL, for the
 * tests of its outputs. Every subclass shares one Spring context, so the site is built and served once.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = "microsite.base-url=" + ShippedContentServer.BASE)
abstract class ShippedContentServer {

    static final String BASE = "https://kongress.example.org";
    static final Path CONTENT = Path.of("content");

    final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    /** The slugs of the Markdown files in one folder of the shipped content, sorted. */
    static List<String> slugs(String folder) {
        try (Stream<Path> files = Files.list(CONTENT.resolve(folder))) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".md"))
                    .map(name -> name.substring(0, name.length() - 3))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
