package de.bmas.microsite.search;

import de.bmas.microsite.Parallel;
import de.bmas.microsite.content.model.Doc;
import de.bmas.microsite.content.model.Event;
import de.bmas.microsite.content.model.Person;
import de.bmas.microsite.content.model.Programme;
import de.bmas.microsite.content.model.ProgrammeBlock;
import de.bmas.microsite.content.model.ServicePage;
import de.bmas.microsite.content.model.Session;
import de.bmas.microsite.content.model.Snapshot;
import de.bmas.microsite.content.model.Stand;
import de.bmas.microsite.content.model.Topic;
import de.bmas.microsite.search.SearchDocument.Kind;
import de.bmas.microsite.site.Routes;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Turns a content snapshot into the documents of its search index: every page a visitor can reach from a search
 * result, at its route in {@link Routes}, with the text that page shows.
 */
final class SnapshotDocuments {

    /** A part ending in one of these needs no full stop: a list item ending in a comma goes on in the next. */
    private static final String ENDINGS = ".!?:;,…“\"";
    /** The elements of rendered Markdown that end a piece of text, and what marks their end until it is joined. */
    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, dt, dd, th, td, caption";
    private static final String BLOCK_END = "\u001F";

    private SnapshotDocuments() {
    }

    static List<SearchDocument> of(Snapshot snapshot) {
        List<SearchDocument> documents = new ArrayList<>();
        documents.add(event(snapshot.event()));
        documents.add(programme(snapshot.programme(), snapshot));
        snapshot.topics().forEach(topic -> documents.add(topic(topic)));
        // most of the text, and the reading of its HTML, is in the sessions: on every core
        documents.addAll(Parallel.map(snapshot.sessions(), session -> session(session, snapshot)));
        snapshot.stands().forEach(stand -> documents.add(stand(stand, snapshot)));
        snapshot.pages().forEach(page -> documents.add(page(page)));
        documents.addAll(PersonDocuments.of(snapshot));
        return documents;
    }

    private static SearchDocument event(Doc<Event> event) {
        Event meta = event.meta();
        // the motto in the teaser, weighted above the texts that quote it
        return new SearchDocument(Kind.PAGE, Routes.HOME, meta.name(), join(meta.motto(), meta.teaser()),
                text(event.html()), List.of(), List.of());
    }

    private static SearchDocument programme(Doc<Programme> programme, Snapshot snapshot) {
        List<ProgrammeBlock> blocks = programme.meta().blocks();
        String blockText = join(blocks.stream().flatMap(block -> Stream.of(block.title(), block.label(),
                block.location(), block.text(), people(snapshot, block.people()))));
        return new SearchDocument(Kind.PAGE, Routes.PROGRAMME, programme.meta().title(), programme.meta().teaser(),
                join(blockText, text(programme.html())),
                names(snapshot, blocks.stream().flatMap(block -> block.people().stream())), List.of());
    }

    private static SearchDocument topic(Doc<Topic> topic) {
        return new SearchDocument(Kind.TOPIC, Routes.topic(topic.slug()), topic.meta().title(),
                topic.meta().teaser(), text(topic.html()), List.of(), List.of(topic.meta().title()));
    }

    private static SearchDocument session(Doc<Session> session, Snapshot snapshot) {
        Session meta = session.meta();
        String quotes = join(meta.quotes().stream().map(quote -> "„" + quote.text() + "“"
                + snapshot.person(quote.person()).map(person -> " (" + person.meta().name() + ")").orElse("")));
        return new SearchDocument(Kind.SESSION, Routes.session(session.slug()), meta.title(), meta.teaser(),
                join(meta.format(), meta.room(), people(snapshot, meta.people()), quotes, text(session.html())),
                names(snapshot, meta.people().stream()),
                snapshot.topicsOf(session).stream().map(topic -> topic.meta().title()).toList(),
                meta.languageOfTitle(), meta.language());
    }

    /** With the titles of the sessions relevant for the stand, which its page lists. */
    private static SearchDocument stand(Doc<Stand> stand, Snapshot snapshot) {
        Stand meta = stand.meta();
        return new SearchDocument(Kind.STAND, Routes.topLevelPage(stand.slug()), meta.title(), meta.teaser(),
                join(join(meta.programmeSummary().stream()), text(stand.html()), people(snapshot, meta.visitors()),
                        join(snapshot.sessionsRelevantFor(stand).stream().map(session -> session.meta().title()))),
                Stream.concat(meta.teams().stream(), names(snapshot, meta.visitors().stream()).stream()).toList(),
                List.of());
    }

    private static SearchDocument page(Doc<ServicePage> page) {
        return new SearchDocument(Kind.PAGE, Routes.topLevelPage(page.slug()), page.meta().title(),
                page.meta().teaser(), text(page.html()), List.of(), List.of(), page.meta().language(),
                page.meta().language());
    }

    /** Name, role and organisation, as the pages list them. */
    private static String people(Snapshot snapshot, List<String> slugs) {
        return join(snapshot.people(slugs).stream().map(Doc::meta).map(person -> String.join(", ",
                Stream.of(person.name(), person.role(), person.organisation()).filter(Objects::nonNull).toList())));
    }

    private static List<String> names(Snapshot snapshot, Stream<String> slugs) {
        return snapshot.people(slugs.toList()).stream().map(Doc::meta).map(Person::name).distinct().toList();
    }

    /**
     * The text of rendered Markdown, each heading, paragraph, list item and table cell a sentence of its own: a
     * snippet shows "Schwerpunkte des Tages. Im Fokus standen …", not the heading run into the next line.
     */
    static String text(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        Element body = Jsoup.parseBodyFragment(html).body();
        body.select(BLOCKS).forEach(block -> block.appendText(BLOCK_END));
        return join(Stream.of(body.text().split(BLOCK_END)));
    }

    static String join(String... parts) {
        return join(Stream.of(parts));
    }

    /** Parts as sentences of their own, so a snippet does not run one into the next. */
    static String join(Stream<String> parts) {
        return String.join(" ", parts.filter(part -> part != null && !part.isBlank())
                .map(String::strip)
                .map(part -> ENDINGS.indexOf(part.charAt(part.length() - 1)) >= 0 ? part : part + ".")
                .toList());
    }
}
