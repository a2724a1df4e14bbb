package de.bmas.microsite.content.source;

import de.bmas.microsite.content.model.ContentImage;
import de.bmas.microsite.content.model.Doc;
import de.bmas.microsite.content.model.Event;
import de.bmas.microsite.content.model.Illustrated;
import de.bmas.microsite.content.model.Link;
import de.bmas.microsite.content.model.Person;
import de.bmas.microsite.content.model.ProgrammeBlock;
import de.bmas.microsite.content.model.Quote;
import de.bmas.microsite.content.model.Session;
import de.bmas.microsite.content.model.Snapshot;
import de.bmas.microsite.content.model.Stand;
import de.bmas.microsite.content.model.Topic;
import de.bmas.microsite.content.model.SourcePosition;
import de.bmas.microsite.content.model.Timed;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks what only the whole snapshot can tell: references by slug (with a „Meinten Sie“ hint), quotes' speakers,
 * people nobody names, images, time order and times the clock change skips on the event's day. Each problem points
 * at the offending value in its file.
 */
final class ReferenceCheck {

    /** How the hints show editors an image's address. */
    private static final String EXAMPLE_IMAGE = ContentImage.ROUTE_PREFIX + "datei.jpg";

    /**
     * Slugs of files that are not (or in preview mode not only) published: drafts, so that a reference to one from
     * published content gets a precise message, in the preview as in production, and files with errors of their
     * own, so that references to them are not reported a second time.
     */
    record Absent(Set<String> drafts, Set<String> broken) {
    }

    /**
     * The absent files of each kind that others refer to, and the people drafts name: deleting their files, as the
     * warning about people nobody names advises, would break the drafts once they are published.
     */
    record Absences(Absent topics, Absent sessions, Absent stands, Absent people, Set<String> namedInDrafts) {
    }

    private final Snapshot snapshot;
    private final Absences absences;
    /** The images in the bodies of files whose front matter has errors, and the images that have errors. */
    private final UnloadedFiles unloaded;
    private final List<Problem> problems;
    private final Set<String> images;
    private final Referable sessions;
    private final Referable topics;
    private final Referable stands;
    private final Referable people;
    /** People someone names, to warn about those nobody does. */
    private final Set<String> named = new HashSet<>();

    ReferenceCheck(Snapshot snapshot, Absences absences, UnloadedFiles unloaded, List<Problem> problems) {
        this.snapshot = snapshot;
        this.absences = absences;
        this.unloaded = unloaded;
        this.problems = problems;
        this.images = snapshot.images().stream().map(ContentImage::route).collect(Collectors.toSet());
        this.sessions = Referable.of("Session", ContentLoader.SESSIONS_DIR, snapshot.sessions(), Session::title,
                absences.sessions());
        this.topics = Referable.of("Thema", ContentLoader.TOPICS_DIR, snapshot.topics(), Topic::title,
                absences.topics());
        this.stands = Referable.of("Stand", ContentLoader.STANDS_DIR, snapshot.stands(), Stand::title,
                absences.stands());
        this.people = Referable.of("Person", ContentLoader.PEOPLE_DIR, snapshot.people(), Person::name,
                absences.people());
    }

    void run() {
        Doc<Event> event = snapshot.event();
        check(sessions, event, "/highlights", event.meta().highlights());
        checkPeople(event, "/moderators", event.meta().moderators());
        checkPeople(event, "/people", event.meta().people());
        checkTimes(event, "", event.meta());
        checkImage(event, event.meta());
        List<ProgrammeBlock> blocks = snapshot.programme().meta().blocks();
        for (int i = 0; i < blocks.size(); i++) {
            check(sessions, snapshot.programme(), "/blocks/" + i + "/sessions", blocks.get(i).sessions());
            checkPeople(snapshot.programme(), "/blocks/" + i + "/people", blocks.get(i).people());
            checkTimes(snapshot.programme(), "/blocks/" + i, blocks.get(i));
        }
        for (Doc<Session> session : snapshot.sessions()) {
            check(topics, session, "/topics", session.meta().topics());
            check(stands, session, "/stands", session.meta().stands());
            checkPeople(session, "/people", session.meta().people());
            checkQuotes(session);
            checkTimes(session, "", session.meta());
            checkImage(session, session.meta());
        }
        snapshot.stands().forEach(stand -> checkPeople(stand, "/visitors", stand.meta().visitors()));
        warnAboutPeopleNobodyNames();
        warnAboutSessionsOutsideTheProgramme();
        problems.addAll(RoomOverlaps.of(snapshot.sessions()));
        snapshot.pages().stream().filter(page -> page.meta().placeholder())
                .forEach(page -> problems.add(Placeholders.markedPage(page.origin().at("/placeholder"))));
        snapshot.docs().forEach(doc -> doc.origin().images().forEach(this::checkImageExists));
        unloaded.images().forEach(this::checkImageExists);
    }

    private void check(Referable kind, Doc<?> doc, String pointer, List<String> slugs) {
        for (int i = 0; i < slugs.size(); i++) {
            kind.check(doc.origin().at(pointer + "/" + i), slugs.get(i), doc.draft()).ifPresent(problems::add);
        }
    }

    private void checkPeople(Doc<?> doc, String pointer, List<String> slugs) {
        check(people, doc, pointer, slugs);
        named.addAll(slugs);
    }

    /** Not while a file that may name people has errors: its names are unknown, and the warning would mislead. */
    private void warnAboutPeopleNobodyNames() {
        if (!absences.sessions().broken().isEmpty() || !absences.stands().broken().isEmpty()) {
            return;
        }
        snapshot.people().stream()
                .filter(person -> !named.contains(person.slug()) && !absences.namedInDrafts().contains(person.slug()))
                .forEach(person ->
                problems.add(Problem.warning(person.origin().file(),
                        "Die Person „" + person.meta().name() + "“ wird nirgends genannt",
                        "Nennen Sie ihren Kurznamen „" + person.slug() + "“ unter „people“ einer Session oder eines "
                                + "Programmpunkts, unter „visitors“ eines Stands oder unter „moderators“ oder "
                                + "„people“ der Veranstaltung – oder löschen Sie die Datei.")));
    }

    private void checkTimes(Doc<?> doc, String pointer, Timed timed) {
        LocalDate day = snapshot.event().meta().date();
        ClockChanges.check(doc.origin().at(pointer + "/start"), day, timed.start()).ifPresent(problems::add);
        ClockChanges.check(doc.origin().at(pointer + "/end"), day, timed.end()).ifPresent(problems::add);
        if (timed.end() != null && timed.start() == null) {
            problems.add(Problem.error(doc.origin().at(pointer + "/end"), "Endzeit ohne Anfangszeit",
                    "Geben Sie auch „start“ an oder entfernen Sie „end“."));
        } else if (timed.end() != null && !timed.end().isAfter(timed.start())) {
            problems.add(Problem.error(doc.origin().at(pointer + "/end"),
                    "Das Ende (" + timed.end() + ") liegt nicht nach dem Beginn (" + timed.start() + ")",
                    "Prüfen Sie „start“ und „end“. Alle Zeiten gehören zum Veranstaltungstag; über Mitternacht "
                            + "geht nichts hinaus: ein Ende um Mitternacht schreiben Sie als 23:59."));
        }
    }

    /**
     * The programme page, calendars and schedules show only sessions a block lists; drafts are shown nowhere. Not
     * while a block names an unknown session: that is likely the one meant, and its error says so already.
     */
    private void warnAboutSessionsOutsideTheProgramme() {
        if (snapshot.programme().meta().blocks().stream()
                .flatMap(block -> block.sessions().stream()).anyMatch(slug -> !sessions.exists(slug))) {
            return;
        }
        snapshot.sessions().stream().filter(session -> !session.draft() && !snapshot.inProgramme(session))
                .forEach(session -> problems.add(Problem.warning(session.origin().file(),
                        "Die Session „" + session.meta().title() + "“ steht in keinem Programmpunkt",
                        "Tragen Sie ihren Kurznamen „" + session.slug() + "“ unter „sessions“ eines Programmpunkts "
                                + "in programm.md ein. Sonst fehlt sie auf der Programmseite"
                                + (session.meta().hasTime() ? ", im Kalender und in den Konferenz-Apps." : "."))));
    }

    /** A quote's person is one of the session's people, so its page and the person's page tell the same. */
    private void checkQuotes(Doc<Session> session) {
        List<String> speakers = session.meta().people();
        List<Quote> quotes = session.meta().quotes();
        for (int i = 0; i < quotes.size(); i++) {
            String person = quotes.get(i).person();
            SourcePosition at = session.origin().at("/quotes/" + i + "/person");
            if (!people.exists(person)) {
                people.check(at, person, session.draft()).ifPresent(problems::add);
            } else if (!speakers.contains(person)) {
                problems.add(Problem.error(at, "Die Person „" + person + "“ steht nicht unter „people“ dieser Session",
                        speakers.isEmpty() ? "Tragen Sie sie unter „people“ ein."
                                : "Ergänzen Sie sie dort. Genannt sind: " + String.join(", ", speakers) + "."));
            }
        }
    }

    private void checkImage(Doc<?> doc, Illustrated illustrated) {
        if (illustrated.image() == null) {
            return;
        }
        checkImageExists(new Link(illustrated.image(), doc.origin().at("/image")));
        if (illustrated.imageAlt() == null || illustrated.imageAlt().isBlank()) {
            problems.add(Problem.error(doc.origin().at("/image"), "Bild ohne Alternativtext",
                    "Beschreiben Sie das Bild im Feld „image_alt“."));
        }
    }

    /** The site loads nothing from another host: an image must be a file in {@code bilder/}. */
    private void checkImageExists(Link image) {
        String url = image.url();
        SourcePosition at = image.position();
        boolean web = LinkSchemes.schemeOf(url).filter(Set.of("http", "https")::contains).isPresent();
        Optional<Problem> ownComputer = OwnComputer.check("Das Bild", url, at);
        if (ownComputer.isPresent()) {
            problems.add(ownComputer.get());
        } else if (web || url.matches("[/\\\\]{2}.*")) {
            // browsers read a backslash in a web address as a slash: "/\host" is another host too
            problems.add(Problem.error(at, "Das Bild „" + url + "“ liegt auf einer anderen Website",
                    "Die Website lädt nichts von anderen Servern. Speichern Sie das Bild im Ordner „"
                            + ContentImage.FOLDER + "“ und binden Sie es als " + EXAMPLE_IMAGE + " ein."));
        } else if (!images.contains(url) && !unloaded.brokenImages().contains(url)) {
            problems.add(Problem.error(at, "Das Bild „" + url + "“ gibt es nicht", imageHint(url)));
        }
    }

    /** The image meant where only the leading slash or the case differs ("bilder/saal.png", "/bilder/Saal.png"). */
    private String imageHint(String url) {
        String absolute = "/" + url.replace('\\', '/').replaceFirst("^(\\.{0,2}/)+", "");
        return images.stream().filter(absolute::equalsIgnoreCase).findFirst()
                .map(image -> "Meinten Sie „" + image + "“? Die Adresse eines Bildes beginnt mit „/“ und ist genau so "
                        + "geschrieben wie der Dateiname.")
                .orElse("Bilder liegen im Ordner „" + ContentImage.FOLDER + "“ und werden als " + EXAMPLE_IMAGE
                        + " eingebunden.");
    }
}
