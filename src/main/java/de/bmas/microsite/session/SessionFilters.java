package de.bmas.microsite.session;

import de.bmas.microsite.content.model.Doc;
import de.bmas.microsite.content.model.Session;
import de.bmas.microsite.content.model.Snapshot;
import de.bmas.microsite.content.source.Slugs;
import de.bmas.microsite.site.Crumbs;
import de.bmas.microsite.site.Routes;
import de.bmas.microsite.site.View;
import de.bmas.microsite.site.ViewMeta;
import de.bmas.microsite.site.ViewSource;
import org.springframework.stereotype.Component;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A filter of the sessions by topic and by format that works without JavaScript: one pre-rendered page per topic
 * and per format that has sessions, linked from the list of all sessions with the number of sessions each.
 */
@Component
class SessionFilters implements ViewSource {

    private static final Collator GERMAN = Collator.getInstance(Locale.GERMAN);

    /** One choice of the filter: what it is called, where its page is, and how many sessions it has. */
    record Choice(String label, String route, List<Doc<Session>> sessions) {

        public int count() {
            return sessions.size();
        }
    }

    /** Choices of one kind, under their heading. */
    record Dimension(String title, List<Choice> choices) {
    }

    /** The filter's choices by topic and by format, and all sessions, as every page of the filter shows them. */
    record Filter(int total, Dimension topics, Dimension formats) {

        public List<Dimension> dimensions() {
            return List.of(topics, formats);
        }
    }

    @Override
    public List<View> pages(Snapshot snapshot) {
        Filter filter = of(snapshot);
        List<View> pages = new ArrayList<>();
        filter.topics().choices().forEach(choice -> pages.add(page(snapshot, filter, choice,
                "zum Thema „" + choice.label() + "“")));
        filter.formats().choices().forEach(choice -> pages.add(page(snapshot, filter, choice,
                "im Format „" + choice.label() + "“")));
        return pages;
    }

    /** Topics in their order, formats alphabetically; only those with sessions, as a page without any helps nobody. */
    static Filter of(Snapshot snapshot) {
        List<Choice> topics = snapshot.topics().stream()
                .filter(topic -> !snapshot.sessionsOf(topic).isEmpty())
                .map(topic -> new Choice(topic.meta().title(), Routes.sessionsByTopic(topic.slug()),
                        snapshot.sessionsOf(topic)))
                .toList();
        return new Filter(snapshot.sessions().size(), new Dimension("Nach Thema", topics),
                new Dimension("Nach Format", formats(snapshot.sessions())));
    }

    /**
     * Formats are written freely; those that give the same address ("World Café", "World Cafe") are one, under
     * the spelling of the first session of the day that uses it.
     */
    private static List<Choice> formats(List<Doc<Session>> sessions) {
        Map<String, List<Doc<Session>>> bySlug = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (Doc<Session> session : sessions) {
            String slug = Slugs.suggest(session.meta().format());
            labels.putIfAbsent(slug, session.meta().format());
            bySlug.computeIfAbsent(slug, any -> new ArrayList<>()).add(session);
        }
        return bySlug.entrySet().stream()
                .map(entry -> new Choice(labels.get(entry.getKey()), Routes.sessionsByFormat(entry.getKey()),
                        List.copyOf(entry.getValue())))
                .sorted(Comparator.comparing(Choice::label, GERMAN))
                .toList();
    }

    /** @param which what the sessions have in common, e.g. {@code zum Thema „Pflege“} */
    private static View page(Snapshot snapshot, Filter filter, Choice choice, String which) {
        // one session is not "Sessions": the heading says what the page holds
        String title = (choice.count() == 1 ? "Session " : "Sessions ") + which;
        String description = (choice.count() == 1 ? "Die Session" : "Die " + choice.count() + " Sessions")
                + " der Veranstaltung „" + snapshot.event().meta().name() + "“ " + which + ".";
        ViewMeta meta = ViewMeta.of(title, description, Crumbs.trail(title, choice.route(), Crumbs.SESSIONS),
                Doc.newest(choice.sessions()).orElseThrow());
        return new View(choice.route(), "session/filtered", meta, Map.of("filter", filter, "choice", choice));
    }
}
