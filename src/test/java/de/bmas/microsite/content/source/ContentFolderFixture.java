package de.bmas.microsite.content.source;

import de.bmas.microsite.testing.ContentFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the tests of an untrusted content folder start from: a fresh copy of the minimal content beside a folder
 * {@code anderswo} whose page and image hold a secret, which must never reach a snapshot or a problem message.
 */
abstract class ContentFolderFixture {

    static final String SECRET = "GEHEIM-4711";

    final ContentLoader loader = Snapshots.loader();

    @TempDir(factory = ContentFixture.InBuildDir.class)
    Path work;

    ContentFixture content;
    Path outside;

    @BeforeEach
    void copyMinimalContent() throws IOException {
        content = ContentFixture.copyInto(work.resolve("content"));
        outside = Files.createDirectories(work.resolve("anderswo"));
        Files.writeString(outside.resolve("geheim.md"), "---\ntitle: " + SECRET + "\n---\n" + SECRET + "\n");
        Files.writeString(outside.resolve("geheim.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>"
                + SECRET + "</title></svg>");
    }

    Path link(String file, Path target) throws IOException {
        return Files.createSymbolicLink(content.dir().resolve(file), target);
    }

    /** Every problem of the folder's report, errors and warnings, as the report prints them. */
    List<String> problems() {
        return loader.load(content.dir(), false).report().problems().stream().map(Problem::toString).toList();
    }

    List<String> errors() {
        ContentLoader.Result result = loader.load(content.dir(), false);
        assertThat(Snapshots.published(result)).isEmpty();
        List<String> errors = result.report().errors().stream().map(Problem::toString).toList();
        assertThat(errors).noneMatch(error -> error.contains(SECRET));
        return errors;
    }
}
