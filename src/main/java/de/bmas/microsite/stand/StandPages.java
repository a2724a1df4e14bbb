package de.bmas.microsite.stand;

import de.bmas.microsite.site.Routes;
import de.bmas.microsite.content.model.Doc;
import de.bmas.microsite.content.model.Snapshot;
import de.bmas.microsite.content.model.Stand;
import de.bmas.microsite.site.Crumbs;
import de.bmas.microsite.site.ViewMeta;
import de.bmas.microsite.site.ViewSource;
import de.bmas.microsite.site.View;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/** One page per info stand: the programme in short, who was there, the sessions that name it as relevant. */
@Component
class StandPages implements ViewSource {

    @Override
    public List<View> pages(Snapshot snapshot) {
        return snapshot.stands().stream().map(stand -> page(snapshot, stand)).toList();
    }

    private View page(Snapshot snapshot, Doc<Stand> stand) {
        String route = Routes.topLevelPage(stand.slug());
        ViewMeta meta = ViewMeta.of(stand.meta().title(), stand.meta().teaser(),
                        Crumbs.trail(stand.meta().navTitle(), route), stand.lastModified())
                .asArticle(stand.draft(), false);
        return new View(route, "stand/stand", meta, Map.of(
                "stand", stand,
                "visitors", snapshot.people(stand.meta().visitors()),
                "sessions", snapshot.sessionsRelevantFor(stand)));
    }
}
