package de.bmas.microsite.event;

import de.bmas.microsite.site.Routes;
import de.bmas.microsite.content.model.Doc;
import de.bmas.microsite.content.model.Event;
import de.bmas.microsite.content.model.Snapshot;
import de.bmas.microsite.site.ViewMeta;
import de.bmas.microsite.site.ViewSource;
import de.bmas.microsite.site.View;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * The home page: the event at a glance, then what visitors come for (highlights and topics, reachable from a short
 * list of the page's parts near the top), then the whole report.
 */
@Component
class EventPages implements ViewSource {

    private final EventStructuredData structuredData;

    EventPages(EventStructuredData structuredData) {
        this.structuredData = structuredData;
    }

    @Override
    public List<View> pages(Snapshot snapshot) {
        Doc<Event> event = snapshot.event();
        ViewMeta meta = ViewMeta.of(event.meta().name(), event.meta().teaser(), List.of(), event.lastModified())
                .withStructuredData(List.of(structuredData.of(snapshot)));
        return List.of(new View(Routes.HOME, "event/home", meta, Map.of(
                "event", event,
                "moderators", snapshot.people(event.meta().moderators()),
                "topics", snapshot.topics(),
                "highlights", snapshot.sessions(event.meta().highlights()),
                "stands", snapshot.stands(),
                "programme", snapshot.programme())));
    }
}
