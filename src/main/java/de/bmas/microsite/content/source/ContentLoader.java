package de.bmas.microsite.content.source;

import de.bmas.microsite.content.model.ContentImage;
import de.bmas.microsite.content.model.Doc;
import de.bmas.microsite.content.model.Event;
import de.bmas.microsite.content.model.Person;
import de.bmas.microsite.content.model.Programme;
import de.bmas.microsite.content.model.ServicePage;
import de.bmas.microsite.content.model.Session;
import de.bmas.microsite.content.model.Snapshot;
import de.bmas.microsite.content.model.SourcePosition;
import de.bmas.microsite.content.model.Stand;
import de.bmas.microsite.content.model.Topic;
import de.bmas.microsite.Parallel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a content folder into a {@link Snapshot}, collecting every problem on the way instead of stopping at the
 * first: editors fix a whole report in one go.
 */
@Component
public class ContentLoader {

    private static final String EVENT_FILE = "veranstaltung.md";
    private static final String PROGRAMME_FILE = "programm.md";
    static final String TOPICS_DIR = "themen";
    static final String SESSIONS_DIR = "sessions";
    public static final String STANDS_DIR = "staende";
    public static final String PAGES_DIR = "seiten";
    static final String PEOPLE_DIR = "personen";
    private static final String IMAGES_DIR = ContentImage.FOLDER;
    /** The editors' guide that {@code init} puts beside the content, where a Git host shows it; not content. */
    public static final String GUIDE_FILE = "README.md";
    /** Where the build packages that guide into the jar, for {@code init} to copy and the preview to show. */
    public static final String GUIDE_RESOURCE = "guide/redaktion.md";

    private static final Set<String> KNOWN_ENTRIES = Set.of(EVENT_FILE, PROGRAMME_FILE, TOPICS_DIR, SESSIONS_DIR,
            STANDS_DIR, PEOPLE_DIR, PAGES_DIR, IMAGES_DIR, GUIDE_FILE);
    /** Far more than any report (a novel has about 1 MB), and little enough to hold thousands in memory. */
    public static final long MAX_TEXT_BYTES = 2_000_000;
    private static final Logger log = LoggerFactory.getLogger(ContentLoader.class);

    /**
     * The outcome of a load. {@code loaded} holds the files that loaded whenever the event and the programme did, so
     * that the checks of the whole site can report their problems in the same go; it is the site's snapshot only
     * when the report has no errors.
     */
    public record Result(Optional<Snapshot> loaded, UnloadedFiles unloaded, ContentReport report) {
    }

    /** What the latest load parsed, which the next one reuses for files whose bytes did not change. */
    private final AtomicReference<FileParser> latest;

    ContentLoader(FrontMatterBinder binder, MarkdownRenderer markdown) {
        this.latest = new AtomicReference<>(new FileParser(binder, markdown));
    }

    public Result load(Path dir, boolean preview) {
        long started = System.nanoTime();
        List<Problem> problems = new ArrayList<>();
        Optional<ContentFiles> opened = ContentFiles.open(dir, problems);
        if (opened.isEmpty()) {
            return new Result(Optional.empty(), UnloadedFiles.NONE, new ContentReport(problems));
        }
        FileParser parser = latest.get().next();
        try (ContentFiles files = opened.get()) {
            return load(new Reader(files, parser), dir, preview, problems, started);
        } finally {
            latest.set(parser);
        }
    }

    /** The content folder's files, and the parser that keeps what they parsed to. */
    private record Reader(ContentFiles files, FileParser parser) {
    }

    private Result load(Reader reader, Path dir, boolean preview, List<Problem> problems, long started) {
        ContentFiles files = reader.files();
        warnAboutUnknownEntries(files, dir, problems);
        SourceDates dates = SourceDates.read(dir);
        Optional<Doc<Event>> event = loadRequired(reader, dir.resolve(EVENT_FILE), Event.class, problems,
                (file, meta) -> dates.of(file, meta.overAt()));
        Instant over = event.map(doc -> doc.meta().overAt()).orElse(null);
        BiFunction<Path, Object, Instant> dating = (file, meta) -> dates.of(file, over);
        Optional<Doc<Programme>> programme = loadRequired(reader, dir.resolve(PROGRAMME_FILE), Programme.class,
                problems, dating);
        Folder<Topic> topics = loadAll(reader, dir.resolve(TOPICS_DIR), Topic.class, problems, dating);
        Folder<Session> sessions = loadAll(reader, dir.resolve(SESSIONS_DIR), Session.class, problems, dating);
        Folder<Stand> stands = loadAll(reader, dir.resolve(STANDS_DIR), Stand.class, problems, dating);
        Folder<Person> people = loadAll(reader, dir.resolve(PEOPLE_DIR), Person.class, problems, dating);
        Folder<ServicePage> pages = loadAll(reader, dir.resolve(PAGES_DIR), ServicePage.class, problems, dating);
        ContentImages.Loaded images = ContentImages.load(files, dir.resolve(IMAGES_DIR), problems,
                file -> dating.apply(file, null));
        List<MarkdownRenderer.Rendered> unboundBodies = Stream.of(topics, sessions, stands, people, pages)
                .flatMap(folder -> folder.unboundBodies().stream()).toList();
        UnloadedFiles unloaded = new UnloadedFiles(topics.broken(), sessions.broken(), stands.broken(),
                people.broken(), pages.broken(),
                unboundBodies.stream().flatMap(body -> body.links().stream()).toList(),
                unboundBodies.stream().flatMap(body -> body.images().stream()).toList(), images.broken());
        Optional<Snapshot> snapshot = Optional.empty();
        if (event.isPresent() && programme.isPresent()) {
            snapshot = Optional.of(new Snapshot(event.get(), programme.get(), topics.published(preview),
                    sessions.published(preview), stands.published(preview), people.published(preview),
                    pages.published(preview), images.images(), preview));
            Set<String> namedInDrafts = Stream.concat(
                    sessions.docs().stream().filter(Doc::draft).flatMap(draft -> draft.meta().people().stream()),
                    stands.docs().stream().filter(Doc::draft).flatMap(draft -> draft.meta().visitors().stream()))
                    .collect(Collectors.toSet());
            new ReferenceCheck(snapshot.get(), new ReferenceCheck.Absences(topics.absent(), sessions.absent(),
                    stands.absent(), people.absent(), namedInDrafts), unloaded, problems).run();
        } else {
            // the checks across files need the event and the programme; say so, or the report looks complete
            Path unchecked = dir.resolve(event.isEmpty() ? EVENT_FILE : PROGRAMME_FILE);
            problems.add(Problem.warning(new SourcePosition(SourcePaths.display(unchecked), 1, 1),
                    "Verweise zwischen den Dateien, Links, Bildangaben und Uhrzeiten sind noch nicht "
                            + "geprüft",
                    "Diese Prüfungen und ihre Warnungen folgen, sobald „" + EVENT_FILE + "“ und „" + PROGRAMME_FILE
                            + "“ fehlerfrei sind."));
        }
        Result result = new Result(snapshot, unloaded, new ContentReport(problems));
        logOutcome(result, started);
        return result;
    }

    private static void logOutcome(Result result, long started) {
        ContentReport report = result.report();
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (report.hasErrors()) {
            // the caller shows the report: check prints it, start-up fails with it, a reload logs it
            log.info("Content has errors, loaded in {} ms: {} error(s), {} warning(s)", millis, report.errorCount(),
                    report.warningCount());
        } else {
            Snapshot loaded = result.loaded().orElseThrow();
            log.info("Content loaded in {} ms: {} sessions, {} topics, {} pages, {} stands, {} people, {} images, "
                            + "{} warning(s)", millis, loaded.sessions().size(), loaded.topics().size(),
                    loaded.pages().size(), loaded.stands().size(), loaded.people().size(), loaded.images().size(),
                    report.warningCount());
        }
    }

    /**
     * The loaded files of one folder, the slugs of those that have errors, and the bodies of those whose front
     * matter has them.
     */
    private record Folder<T>(List<Doc<T>> docs, Set<String> broken, List<MarkdownRenderer.Rendered> unboundBodies) {

        List<Doc<T>> published(boolean preview) {
            return preview ? docs : docs.stream().filter(doc -> !doc.draft()).toList();
        }

        ReferenceCheck.Absent absent() {
            Set<String> drafts = docs.stream().filter(Doc::draft).map(Doc::slug).collect(Collectors.toSet());
            return new ReferenceCheck.Absent(drafts, broken);
        }
    }

    private <T> Optional<Doc<T>> loadRequired(Reader reader, Path file, Class<T> type, List<Problem> problems,
                                              BiFunction<Path, ? super T, Instant> dating) {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            problems.add(Problem.error(new SourcePosition(SourcePaths.display(file), 1, 1), "Die Datei fehlt",
                    "Jede Veranstaltung braucht „" + EVENT_FILE + "“ und „" + PROGRAMME_FILE + "“."));
            return Optional.empty();
        }
        return load(reader, file, type, problems, dating).doc();
    }

    /**
     * Loads the files of a folder on all cores; each file collects its own problems, and the results keep the
     * order of the files, so the snapshot does not depend on the scheduling. Files that fail to load are
     * remembered, so references to them do not cause follow-up errors.
     */
    private <T> Folder<T> loadAll(Reader reader, Path folder, Class<T> type, List<Problem> problems,
                                  BiFunction<Path, ? super T, Instant> dating) {
        record Read<T>(Path file, Loaded<T> loaded, List<Problem> problems) {
        }
        List<Read<T>> read = Parallel.map(reader.files().markdownFiles(folder, problems), file -> {
            List<Problem> own = new ArrayList<>();
            return new Read<>(file, load(reader, file, type, own, dating), own);
        });
        List<Doc<T>> docs = new ArrayList<>();
        Set<String> broken = new HashSet<>();
        List<MarkdownRenderer.Rendered> unboundBodies = new ArrayList<>();
        for (Read<T> file : read) {
            problems.addAll(file.problems());
            file.loaded().doc().ifPresentOrElse(docs::add, () -> broken.add(slugOf(file.file())));
            file.loaded().unboundBody().ifPresent(unboundBodies::add);
        }
        return new Folder<>(List.copyOf(docs), Set.copyOf(broken), List.copyOf(unboundBodies));
    }

    /**
     * A file read: its document, or where its front matter has errors, its rendered body (none where the file
     * itself could not be read as text).
     */
    private record Loaded<T>(Optional<Doc<T>> doc, Optional<MarkdownRenderer.Rendered> unboundBody) {
    }

    private <T> Loaded<T> load(Reader reader, Path file, Class<T> type, List<Problem> problems,
                               BiFunction<Path, ? super T, Instant> dating) {
        String path = SourcePaths.display(file);
        Optional<byte[]> bytes = reader.files().read(file, MAX_TEXT_BYTES, "Eine Textdatei dieser Größe ist kein "
                + "Bericht mehr: Teilen Sie den Text auf mehrere Dateien auf.", problems);
        if (bytes.isEmpty()) {
            return new Loaded<>(Optional.empty(), Optional.empty());
        }
        FileParser.Parsed<T> parsed = reader.parser().parse(path, bytes.get(), type);
        problems.addAll(parsed.problems());
        if (parsed.bound().isEmpty()) {
            return new Loaded<>(Optional.empty(), Optional.ofNullable(parsed.body()));
        }
        FrontMatterBinder.Bound<T> bound = parsed.bound().get();
        return new Loaded<>(Optional.of(new Doc<>(slugOf(file), bound.value(), parsed.body().html(),
                dating.apply(file, bound.value()),
                new Doc.Origin(path, bound.positions(), parsed.body().links(), parsed.body().images()))),
                Optional.empty());
    }

    private void warnAboutUnknownEntries(ContentFiles files, Path dir, List<Problem> problems) {
        for (Path entry : files.list(dir, problems)) {
            String name = entry.getFileName().toString();
            if (!KNOWN_ENTRIES.contains(name) && !name.startsWith(".")) {
                problems.add(Problem.warning(new SourcePosition(SourcePaths.display(entry), 1, 1),
                        "Wird nicht verwendet", SourcePaths.unusedHint(entry,
                                "Bekannt sind: " + String.join(", ", KNOWN_ENTRIES.stream().sorted().toList()) + ".")));
            }
        }
    }

    static String slugOf(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }
}
