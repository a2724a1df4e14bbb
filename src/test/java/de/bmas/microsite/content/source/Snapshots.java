package de.bmas.microsite.content.source;

import de.bmas.microsite.content.model.Snapshot;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

import java.nio.file.Path;
import java.util.Optional;

/** Loads content folders without Spring, for tests of the loader and of what is built from snapshots. */
public final class Snapshots {

    /** One for every test of a JVM, as the application has one: building it reads Hibernate Validator's setup. */
    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

    private Snapshots() {
    }

    /** A loader as the application wires it: its own, so that what it keeps between loads is the test's. */
    public static ContentLoader loader() {
        return new ContentLoader(new FrontMatterBinder(VALIDATION.getValidator()), new MarkdownRenderer());
    }

    /** What a load publishes: its snapshot, unless the report has errors. */
    public static Optional<Snapshot> published(ContentLoader.Result result) {
        return result.report().hasErrors() ? Optional.empty() : result.loaded();
    }

    /** The published snapshot of {@code dir}; fails the test if the content has errors. */
    public static Snapshot load(Path dir) {
        ContentLoader.Result result = loader().load(dir, false);
        return published(result).orElseThrow(() -> new AssertionError("Content errors in " + dir + ": " + result.report()));
    }
}
