package de.bmas.microsite.topic;

import de.bmas.microsite.site.Routes;
import de.bmas.microsite.content.model.Doc;
import de.bmas.microsite.content.model.Snapshot;
import de.bmas.microsite.content.model.Topic;
import de.bmas.microsite.site.Crumbs;
import de.bmas.microsite.site.ViewMeta;
import de.bmas.microsite.site.ViewSource;
import de.bmas.microsite.site.View;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The overview of the topics and one page per topic with exactly the sessions that name it; a topic without any
 * says so and leads on to the topics that have some.
 */
@Component
class TopicPages implements ViewSource {

    @Override
    public List<View> pages(Snapshot snapshot) {
        List<View> pages = new ArrayList<>();
        String description = "Die Schwerpunktthemen der Veranstaltung „" + snapshot.event().meta().name() + "“.";
        // the page shows each topic and how many sessions name it
        List<Doc<?>> shown = new ArrayList<>(snapshot.topics());
        shown.addAll(snapshot.sessions());
        pages.add(new View(Routes.TOPICS, "topic/index",
                ViewMeta.of(Crumbs.TOPICS.label(), description, Crumbs.trail(Crumbs.TOPICS),
                        Doc.newest(shown).orElse(snapshot.event().lastModified())),
                Map.of("topics", snapshot.topics())));
        snapshot.topics().forEach(topic -> pages.add(topicPage(snapshot, topic)));
        return pages;
    }

    private View topicPage(Snapshot snapshot, Doc<Topic> topic) {
        String route = Routes.topic(topic.slug());
        String title = topic.meta().title();
        ViewMeta meta = ViewMeta.of(title, topic.meta().teaser(), Crumbs.trail(title, route, Crumbs.TOPICS),
                topic.lastModified()).asArticle(topic.draft(), false);
        return new View(route, "topic/topic", meta, Map.of(
                "topic", topic,
                "sessions", snapshot.sessionsOf(topic),
                "others", snapshot.topics().stream()
                        .filter(other -> other != topic && !snapshot.sessionsOf(other).isEmpty())
                        .toList()));
    }
}
