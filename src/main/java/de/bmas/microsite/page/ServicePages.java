package de.bmas.microsite.page;

import de.bmas.microsite.site.Routes;
import de.bmas.microsite.content.model.Doc;
import de.bmas.microsite.content.model.ServicePage;
import de.bmas.microsite.content.model.Snapshot;
import de.bmas.microsite.site.Crumb;
import de.bmas.microsite.site.Crumbs;
import de.bmas.microsite.site.ViewMeta;
import de.bmas.microsite.site.ViewSource;
import de.bmas.microsite.site.View;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/** Impressum, Datenschutz, Barrierefreiheit, Leichte Sprache and any other page under {@code seiten/}. */
@Component
class ServicePages implements ViewSource {

    @Override
    public List<View> pages(Snapshot snapshot) {
        return snapshot.pages().stream().map(ServicePages::page).toList();
    }

    private static View page(Doc<ServicePage> page) {
        String route = Routes.topLevelPage(page.slug());
        ViewMeta meta = ViewMeta.of(page.meta().title(), page.meta().teaser(),
                        Crumbs.trail(new Crumb(page.meta().title(), route, page.meta().language())),
                        page.lastModified())
                .asArticle(page.draft(), page.meta().placeholder());
        return new View(route, "page/page", meta, Map.of("doc", page));
    }
}
