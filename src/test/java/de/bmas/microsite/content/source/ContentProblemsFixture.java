package de.bmas.microsite.content.source;

import de.bmas.microsite.testing.ContentFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the content-problem tests share: each test breaks one line of a fresh copy of the minimal content set and
 * checks that editors are told exactly where (path, line, column) and what, in German.
 */
abstract class ContentProblemsFixture {

    final ContentLoader loader = Snapshots.loader();

    @TempDir(factory = ContentFixture.InBuildDir.class)
    Path dir;

    ContentFixture content;

    @BeforeEach
    void copyMinimalContent() {
        content = ContentFixture.copyInto(dir);
    }

    /** Every error of the broken copy, as the check prints it, in the report's order. */
    List<String> errors() {
        return loader.load(dir, false).report().errors().stream().map(Problem::toString).toList();
    }

    /** Every problem of the broken copy, as the check prints it, in the report's order. */
    List<String> problems() {
        return loader.load(dir, false).report().problems().stream().map(Problem::toString).toList();
    }

    /** The one error in the report of the broken copy; fails with the whole report if there are none or several. */
    Problem onlyError() {
        ContentReport report = loader.load(dir, false).report();
        assertThat(report.errors()).as(report.toString()).hasSize(1);
        return report.errors().get(0);
    }
}
