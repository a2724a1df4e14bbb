package de.bmas.microsite.stand;

import de.bmas.microsite.content.model.Doc;
import de.bmas.microsite.content.model.Snapshot;
import de.bmas.microsite.content.model.Stand;
import de.bmas.microsite.site.Crumbs;
import de.bmas.microsite.site.PageMeta;
import de.bmas.microsite.site.PageSource;
import de.bmas.microsite.site.SitePage;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/** One page per info stand: the programme in short, who was there, the relevant sessions. */
@Component
class StandPages implements PageSource {

    @Override
    public List<SitePage> pages(Snapshot snapshot) {
        return snapshot.stands().stream().map(stand -> page(snapshot, stand)).toList();
    }

    private SitePage page(Snapshot snapshot, Doc<Stand> stand) {
        String route = "/" + stand.slug();
        PageMeta meta = PageMeta.of(stand.meta().title(), stand.meta().teaser(),
                        Crumbs.trail(stand.meta().navTitle(), route), stand.lastModified())
                .asArticle(null, stand.draft(), false);
        return new SitePage(route, "stand/stand", meta, Map.of(
                "stand", stand,
                "sessions", snapshot.sessions(stand.meta().sessions()),
                "event", snapshot.event()));
    }
}
