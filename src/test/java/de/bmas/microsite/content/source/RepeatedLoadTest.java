package de.bmas.microsite.content.source;

import de.bmas.microsite.content.model.Doc;
import de.bmas.microsite.content.model.Session;
import de.bmas.microsite.content.model.Snapshot;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reload after an editor's change parses only the files whose bytes changed, and reports exactly what a first
 * load of the same folder would.
 */
class RepeatedLoadTest extends ContentFolderFixture {

    @Test
    void aReloadShowsTheChangeAndReusesTheUnchangedFiles() {
        Map<String, Doc<Session>> before = sessions(load());
        content.replace("sessions/erste-session.md", "title: Erste Session", "title: Erste Session, geändert");

        Map<String, Doc<Session>> after = sessions(load());

        assertThat(after.get("erste-session").meta().title()).isEqualTo("Erste Session, geändert");
        assertThat(after.get("zweite-session").meta()).isSameAs(before.get("zweite-session").meta());
        assertThat(after.get("zweite-session").html()).isSameAs(before.get("zweite-session").html());
    }

    @Test
    void anUnchangedBrokenFileIsReportedOnEveryLoadAsOnTheFirst() {
        content.replace("sessions/zweite-session.md", "title: Zweite Session", "titel: Zweite Session");
        String first = loader.load(content.dir(), false).report().toString();

        content.replace("sessions/erste-session.md", "title: Erste Session", "title: Erste Session, geändert");
        ContentLoader.Result again = loader.load(content.dir(), false);

        assertThat(again.report().errors()).hasSize(1);
        assertThat(again.report().toString()).isEqualTo(first)
                .contains(content.path("sessions/zweite-session.md") + ":2:1");
    }

    @Test
    void theSameBytesUnderAnotherNameAreReportedUnderThatName() {
        content.replace("sessions/zweite-session.md", "title: Zweite Session", "titel: Zweite Session");
        assertThat(loader.load(content.dir(), false).report().toString())
                .contains(content.path("sessions/zweite-session.md"));

        content.write("sessions/dritte-session.md", content.read("sessions/zweite-session.md"));
        content.delete("sessions/zweite-session.md");
        String report = loader.load(content.dir(), false).report().toString();

        assertThat(report).contains(content.path("sessions/dritte-session.md") + ":2:1")
                .doesNotContain("zweite-session.md");
    }

    private Snapshot load() {
        ContentLoader.Result result = loader.load(content.dir(), false);
        assertThat(Snapshots.published(result)).as(result.report().toString()).isPresent();
        return Snapshots.published(result).get();
    }

    private static Map<String, Doc<Session>> sessions(Snapshot snapshot) {
        return snapshot.sessions().stream().collect(Collectors.toMap(Doc::slug, Function.identity()));
    }
}
