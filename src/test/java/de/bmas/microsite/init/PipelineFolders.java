package de.bmas.microsite.init;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A test class that runs the pipelines' commands against {@code init} folders: one {@link PipelineRunFixture} per
 * class, in a folder of its own; what it runs it runs once, when a test first asks.
 */
abstract class PipelineFolders {

    @TempDir
    static Path temp;

    static PipelineRunFixture runs;

    @BeforeAll
    static void initAndFinish() throws IOException {
        runs = PipelineRunFixture.start(temp);
    }

    @AfterAll
    static void stop() {
        if (runs != null) {
            runs.close();
        }
    }
}
