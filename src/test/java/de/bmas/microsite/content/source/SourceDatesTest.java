package de.bmas.microsite.content.source;

import de.bmas.microsite.content.model.Doc;
import de.bmas.microsite.content.model.Snapshot;
import de.bmas.microsite.testing.ContentFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dates sitemap, feed, calendars and Last-Modified take from the content files: from real Git repositories made
 * here (the content folder one level down, as in the project), with commit times set and every file's
 * modification time moved to "today" as a fresh checkout leaves it.
 */
@ExtendWith(OutputCaptureExtension.class)
class SourceDatesTest {

    private static final Instant FIRST = Instant.parse("2025-03-01T10:00:00Z");
    private static final Instant SECOND = Instant.parse("2025-04-01T10:00:00Z");
    private static final Instant THIRD = Instant.parse("2025-05-01T10:00:00Z");
    /** The minimal content's event is on 25 February 2025: over at midnight in Berlin, 23:00 UTC. */
    private static final Instant EVENT_OVER = Instant.parse("2025-02-25T23:00:00Z");
    private static final Instant TODAY = Instant.parse("2026-11-30T08:00:00Z");

    private final ContentLoader loader = Snapshots.loader();

    /** Three commits: everything at FIRST, erste-session at SECOND, zweite-session at THIRD. */
    private static Path history;

    @TempDir(factory = ContentFixture.InBuildDir.class)
    Path dir;

    @BeforeAll
    static void makeHistory() throws IOException {
        history = repository(ContentFixture.newBuildDir().resolve("history"), FIRST, SECOND, THIRD);
    }

    @Test
    void eachFileIsDatedByTheLastCommitThatChangedIt() throws Exception {
        Path checkout = clone(history, dir.resolve("checkout"));
        touchAll(checkout.resolve("content"), TODAY);

        Map<String, Instant> dates = dates(checkout.resolve("content"));

        assertThat(dates).containsEntry("sessions/erste-session.md", SECOND)
                .containsEntry("sessions/zweite-session.md", THIRD)
                .containsEntry("veranstaltung.md", FIRST)
                .containsEntry("bilder/saal.png", FIRST);
    }

    @Test
    void aFileWithChangesNotYetCommittedIsDatedByItsModificationTime() throws Exception {
        Path content = clone(history, dir.resolve("checkout")).resolve("content");
        touchAll(content, TODAY);
        Path edited = content.resolve("sessions/zweite-session.md");
        Files.writeString(edited, Files.readString(edited).replace("Testkongresses", "Testkongresses 2025"));
        Instant saved = Instant.parse("2026-11-30T09:15:00Z");
        Files.setLastModifiedTime(edited, FileTime.from(saved));

        assertThat(dates(content)).containsEntry("sessions/zweite-session.md", saved)
                .containsEntry("sessions/erste-session.md", SECOND)
                .containsEntry("veranstaltung.md", FIRST);
    }

    @Test
    void outsideGitEachFileIsDatedByItsModificationTime(@TempDir Path outside, CapturedOutput output)
            throws Exception {
        ContentFixture.copyInto(outside);
        Instant saved = Instant.parse("2025-06-01T12:00:00Z");
        touchAll(outside, saved);

        assertThat(dates(outside).values()).isNotEmpty().containsOnly(saved);
        assertThat(output).doesNotContain("Git work tree");
    }

    /** A CI image without git would date every page by the checkout: the log says so. */
    @Test
    void aCheckoutReadWithoutGitWarnsThatTheDatesAreTheCheckoutsTimes(CapturedOutput output) throws Exception {
        Path content = clone(history, dir.resolve("checkout")).resolve("content");
        touchAll(content, TODAY);

        SourceDates dates = SourceDates.read(content, "git-is-not-installed");

        assertThat(dates.of(content.resolve("veranstaltung.md"), EVENT_OVER)).isEqualTo(TODAY);
        assertThat(output).contains("is in a Git work tree, but git is not installed or cannot read it");
    }

    @Test
    void twoCheckoutsOfOneCommitMadeAtDifferentTimesGiveTheSameDates() throws Exception {
        Path monday = clone(history, dir.resolve("monday"));
        touchAll(monday.resolve("content"), TODAY);
        Path tuesday = clone(history, dir.resolve("tuesday"));
        touchAll(tuesday.resolve("content"), TODAY.plusSeconds(86_400));

        assertThat(dates(monday.resolve("content"))).isEqualTo(dates(tuesday.resolve("content")));
    }

    @Test
    void aShallowCloneDatesFilesBeforeItsCutAtTheEndOfTheEventNotAtTheCloneDay(CapturedOutput output)
            throws Exception {
        // two commits deep: THIRD is complete, SECOND is the cut and seems to add every file
        Path shallow = clone(history, dir.resolve("shallow"), "--depth", "2");
        touchAll(shallow.resolve("content"), TODAY);

        Map<String, Instant> dates = dates(shallow.resolve("content"));

        assertThat(dates).containsEntry("sessions/zweite-session.md", THIRD)
                .containsEntry("sessions/erste-session.md", EVENT_OVER)
                .containsEntry("veranstaltung.md", EVENT_OVER)
                .containsEntry("bilder/saal.png", EVENT_OVER);
        assertThat(output).contains("shallow Git clone", "git fetch --unshallow");
    }

    @Test
    void aShallowCutBeforeTheEndOfTheEventIsTheLatestPossibleDate() throws Exception {
        Instant january = Instant.parse("2025-01-10T10:00:00Z");
        Instant cut = Instant.parse("2025-01-20T10:00:00Z");
        Path repo = repository(dir.resolve("repo"), january, cut, FIRST);
        Path shallow = clone(repo, dir.resolve("shallow"), "--depth", "2");

        assertThat(dates(shallow.resolve("content"))).containsEntry("veranstaltung.md", cut)
                .containsEntry("sessions/zweite-session.md", FIRST);
    }

    /**
     * A repository whose content folder holds the minimal content: everything is added at the first time, then
     * each further time changes one session in turn (erste, zweite, erste, …).
     */
    private static Path repository(Path repo, Instant... times) throws IOException {
        ContentFixture content = ContentFixture.copyInto(repo.resolve("content"));
        git(repo, null, "init", "-q");
        git(repo, null, "add", ".");
        git(repo, times[0], "commit", "-q", "-m", "Inhalt");
        String[] sessions = {"sessions/erste-session.md", "sessions/zweite-session.md"};
        for (int i = 1; i < times.length; i++) {
            String session = sessions[(i - 1) % 2];
            content.write(session, content.read(session) + "\nNachtrag " + i + ".\n");
            git(repo, null, "add", ".");
            git(repo, times[i], "commit", "-q", "-m", "Nachtrag " + i);
        }
        return repo;
    }

    private static Path clone(Path repo, Path target, String... options) throws IOException {
        List<String> arguments = new ArrayList<>(List.of("clone", "-q"));
        arguments.addAll(List.of(options));
        arguments.addAll(List.of(repo.toUri().toString(), target.toString()));
        git(repo, null, arguments.toArray(String[]::new));
        return target;
    }

    /** Runs git with a fixed identity, no user or system configuration, and {@code time} as commit time. */
    private static void git(Path dir, Instant time, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString(), "-c", "user.name=Test",
                "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        builder.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
        if (time != null) {
            builder.environment().put("GIT_AUTHOR_DATE", time.toString());
            builder.environment().put("GIT_COMMITTER_DATE", time.toString());
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        try {
            assertThat(process.waitFor()).as("git %s: %s", arguments[0], output).isZero();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void touchAll(Path content, Instant time) throws IOException {
        try (var files = Files.walk(content)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, FileTime.from(time));
            }
        }
    }

    /** Every loaded file's date by its path in the content folder. */
    private Map<String, Instant> dates(Path content) {
        Snapshot snapshot = Snapshots.published(loader.load(content, false)).orElseThrow();
        Path folder = content.toAbsolutePath();
        Map<String, Instant> dates = snapshot.docs().collect(Collectors.toMap(
                doc -> folder.relativize(Path.of(doc.origin().path()).toAbsolutePath()).toString(),
                Doc::lastModified));
        snapshot.images().forEach(image -> dates.put(image.route().substring(1), image.lastModified()));
        return dates;
    }
}
