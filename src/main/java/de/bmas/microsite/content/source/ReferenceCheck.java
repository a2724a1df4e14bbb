package de.bmas.microsite.content.source;

import de.bmas.microsite.content.model.ContentImage;
import de.bmas.microsite.content.model.Doc;
import de.bmas.microsite.content.model.Event;
import de.bmas.microsite.content.model.Illustrated;
import de.bmas.microsite.content.model.Person;
import de.bmas.microsite.content.model.ProgrammeBlock;
import de.bmas.microsite.content.model.Quote;
import de.bmas.microsite.content.model.Session;
import de.bmas.microsite.content.model.Snapshot;
import de.bmas.microsite.content.model.SourcePosition;
import de.bmas.microsite.content.model.Timed;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks what only the whole snapshot can tell: references by slug, quotes' speakers, images, time order.
 * Each problem points at the offending value in its file.
 */
final class ReferenceCheck {

    /**
     * Slugs of files that are not (or in preview mode not only) published: drafts, so that a reference to one from
     * published content gets a precise message, in the preview as in production, and files with errors of their
     * own, so that references to them are not reported a second time.
     */
    record Absent(Set<String> drafts, Set<String> broken) {
    }

    private final Snapshot snapshot;
    private final Absent absentTopics;
    private final Absent absentSessions;
    private final List<Problem> problems;
    private final Set<String> images;
    /** Ordered for the hints, hashed because every reference is looked up. */
    private final Set<String> sessionSlugs;
    private final Set<String> topicSlugs;

    ReferenceCheck(Snapshot snapshot, Absent absentTopics, Absent absentSessions, List<Problem> problems) {
        this.snapshot = snapshot;
        this.absentTopics = absentTopics;
        this.absentSessions = absentSessions;
        this.problems = problems;
        this.images = snapshot.images().stream().map(ContentImage::route).collect(Collectors.toSet());
        this.sessionSlugs = snapshot.sessions().stream().map(Doc::slug)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        this.topicSlugs = snapshot.topics().stream().map(Doc::slug).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    void run() {
        Doc<Event> event = snapshot.event();
        checkSessions(event, "/highlights", event.meta().highlights());
        checkTimes(event, "", event.meta());
        checkImage(event, event.meta());
        List<ProgrammeBlock> blocks = snapshot.programme().meta().blocks();
        for (int i = 0; i < blocks.size(); i++) {
            checkSessions(snapshot.programme(), "/blocks/" + i + "/sessions", blocks.get(i).sessions());
            checkTimes(snapshot.programme(), "/blocks/" + i, blocks.get(i));
        }
        for (Doc<Session> session : snapshot.sessions()) {
            checkTopics(session);
            checkTimes(session, "", session.meta());
            checkQuotes(session);
            checkImage(session, session.meta());
        }
        snapshot.stands().forEach(stand -> checkSessions(stand, "/sessions", stand.meta().sessions()));
        snapshot.pages().stream().filter(page -> page.meta().placeholder()).forEach(page -> problems.add(
                Problem.warning(page.origin().at("/placeholder"), "Die Seite ist als Platzhalter markiert",
                        "Entfernen Sie „placeholder: true“, sobald alle Angaben echt sind.")));
        snapshot.docs().forEach(this::checkBodyImages);
    }

    private void checkSessions(Doc<?> doc, String pointer, List<String> slugs) {
        checkReferences(doc, pointer, slugs, sessionSlugs, absentSessions, "Session");
    }

    private void checkTopics(Doc<Session> session) {
        checkReferences(session, "/topics", session.meta().topics(), topicSlugs, absentTopics, "Thema");
    }

    private void checkReferences(Doc<?> doc, String pointer, List<String> slugs, Set<String> known,
                                 Absent absent, String kind) {
        for (int i = 0; i < slugs.size(); i++) {
            String slug = slugs.get(i);
            SourcePosition at = doc.origin().at(pointer + "/" + i);
            // a draft may refer to another draft: both appear together once published
            if (!doc.draft() && absent.drafts().contains(slug)) {
                problems.add(Problem.error(at, kind + " „" + slug + "“ ist ein Entwurf und wird nicht veröffentlicht",
                        "Veröffentlichen Sie es (draft entfernen) oder entfernen Sie den Verweis."));
            } else if (!known.contains(slug) && !absent.broken().contains(slug)) {
                // the same advice in preview mode, whose snapshot holds the drafts, as in production
                List<String> candidates = known.stream()
                        .filter(candidate -> doc.draft() || !absent.drafts().contains(candidate)).toList();
                problems.add(Problem.error(at, kind + " „" + slug + "“ gibt es nicht",
                        didYouMean(slug, candidates) + "Bekannt: " + String.join(", ", candidates) + "."));
            }
        }
    }

    private void checkTimes(Doc<?> doc, String pointer, Timed timed) {
        if (timed.end() != null && timed.start() == null) {
            problems.add(Problem.error(doc.origin().at(pointer + "/end"), "Endzeit ohne Anfangszeit",
                    "Geben Sie auch „start“ an oder entfernen Sie „end“."));
        } else if (timed.end() != null && !timed.end().isAfter(timed.start())) {
            problems.add(Problem.error(doc.origin().at(pointer + "/end"),
                    "Das Ende (" + timed.end() + ") liegt nicht nach dem Beginn (" + timed.start() + ")",
                    "Prüfen Sie „start“ und „end“."));
        }
    }

    private void checkQuotes(Doc<Session> session) {
        List<String> names = session.meta().people().stream().map(Person::name).toList();
        List<Quote> quotes = session.meta().quotes();
        for (int i = 0; i < quotes.size(); i++) {
            String person = quotes.get(i).person();
            if (!names.contains(person)) {
                problems.add(Problem.error(session.origin().at("/quotes/" + i + "/person"),
                        "Die Person „" + person + "“ steht nicht unter „people“ dieser Session",
                        names.isEmpty() ? "Tragen Sie sie unter „people“ ein."
                                : didYouMean(person, names) + "Bekannt: " + String.join(", ", names) + "."));
            }
        }
    }

    private static String didYouMean(String typed, Collection<String> known) {
        return Suggestions.nearest(typed, known).map(name -> "Meinten Sie „" + name + "“? ").orElse("");
    }

    private void checkImage(Doc<?> doc, Illustrated illustrated) {
        if (illustrated.image() == null) {
            return;
        }
        checkImageExists(illustrated.image(), doc.origin().at("/image"));
        if (illustrated.imageAlt() == null || illustrated.imageAlt().isBlank()) {
            problems.add(Problem.error(doc.origin().at("/image"), "Bild ohne Alternativtext",
                    "Beschreiben Sie das Bild im Feld „image_alt“."));
        }
    }

    private void checkBodyImages(Doc<?> doc) {
        doc.origin().images().forEach(image -> checkImageExists(image.url(), image.position()));
    }

    private void checkImageExists(String url, SourcePosition at) {
        if (!images.contains(url)) {
            problems.add(Problem.error(at, "Das Bild „" + url + "“ gibt es nicht",
                    "Bilder liegen im Ordner „bilder“ und werden als /bilder/datei.jpg eingebunden."));
        }
    }
}
