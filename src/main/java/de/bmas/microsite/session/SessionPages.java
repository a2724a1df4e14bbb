package de.bmas.microsite.session;

import de.bmas.microsite.site.Routes;
import de.bmas.microsite.content.model.Doc;
import de.bmas.microsite.content.model.Session;
import de.bmas.microsite.content.model.Snapshot;
import de.bmas.microsite.content.model.Topic;
import de.bmas.microsite.site.Crumb;
import de.bmas.microsite.site.Crumbs;
import de.bmas.microsite.site.ViewMeta;
import de.bmas.microsite.site.ViewSource;
import de.bmas.microsite.site.View;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The list of all sessions, grouped by topic, and one page per session report. */
@Component
class SessionPages implements ViewSource {

    /** Sessions of one topic; the group without topic has none. */
    record Group(Doc<Topic> topic, List<Doc<Session>> sessions) {
    }

    @Override
    public List<View> pages(Snapshot snapshot) {
        List<View> pages = new ArrayList<>();
        pages.add(index(snapshot));
        snapshot.sessions().forEach(session -> pages.add(report(snapshot, session)));
        return pages;
    }

    private View index(Snapshot snapshot) {
        List<Group> groups = new ArrayList<>();
        snapshot.topics().stream()
                .map(topic -> new Group(topic, snapshot.sessionsOf(topic)))
                .filter(group -> !group.sessions().isEmpty())
                .forEach(groups::add);
        List<Doc<Session>> withoutTopic = snapshot.sessions().stream()
                .filter(session -> snapshot.topicsOf(session).isEmpty())
                .toList();
        if (!withoutTopic.isEmpty()) {
            groups.add(new Group(null, withoutTopic));
        }
        // "all" of those the content describes, which a recap's "more than 20" need not be
        String description = "Alle Sessions, die diese Website zur Veranstaltung „" + snapshot.event().meta().name()
                + "“ beschreibt, nach Themen geordnet.";
        // the page shows the topics' titles as well as the sessions
        List<Doc<?>> shown = new ArrayList<>(snapshot.sessions());
        shown.addAll(snapshot.topics());
        ViewMeta meta = ViewMeta.of(Crumbs.SESSIONS.label(), description, Crumbs.trail(Crumbs.SESSIONS),
                Doc.newest(shown).orElse(snapshot.event().lastModified()));
        return new View(Routes.SESSIONS, "session/index", meta, Map.of(
                "groups", groups,
                "filter", SessionFilters.of(snapshot)));
    }

    private View report(Snapshot snapshot, Doc<Session> session) {
        String route = Routes.session(session.slug());
        Session meta = session.meta();
        ViewMeta page = ViewMeta.of(meta.title(), meta.teaser(),
                        Crumbs.trail(new Crumb(meta.title(), route, meta.languageOfTitle()), Crumbs.SESSIONS),
                        session.lastModified())
                .asArticle(session.draft(), false);
        return new View(route, "session/session", page, Map.of(
                "session", session,
                "topics", snapshot.topicsOf(session),
                "stands", snapshot.standsOf(session),
                "people", snapshot.people(meta.people()),
                "quotes", Said.of(snapshot, meta.quotes()),
                "related", snapshot.relatedTo(session),
                "event", snapshot.event()));
    }
}
