package de.bmas.microsite.content.source;

import de.bmas.microsite.content.model.Snapshot;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

import java.nio.file.Path;

/** Loads a content folder into a snapshot without Spring, for tests of what is built from snapshots. */
public final class Snapshots {

    private Snapshots() {
    }

    /** The published snapshot of {@code dir}; fails the test if the content has errors. */
    public static Snapshot load(Path dir) {
        try (ValidatorFactory validation = Validation.buildDefaultValidatorFactory()) {
            ContentLoader loader = new ContentLoader(new FrontMatterBinder(validation.getValidator()),
                    new MarkdownRenderer());
            ContentLoader.Result result = loader.load(dir, false);
            return result.snapshot().filter(snapshot -> !result.report().hasErrors())
                    .orElseThrow(() -> new AssertionError("Content errors in " + dir + ": " + result.report()));
        }
    }
}
