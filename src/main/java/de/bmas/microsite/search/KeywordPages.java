package de.bmas.microsite.search;

import de.bmas.microsite.content.model.Doc;
import de.bmas.microsite.content.model.Snapshot;
import de.bmas.microsite.site.Crumbs;
import de.bmas.microsite.site.Routes;
import de.bmas.microsite.site.View;
import de.bmas.microsite.site.ViewMeta;
import de.bmas.microsite.site.ViewSource;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * The A–Z index (Stichwortverzeichnis), prerendered like every page, so the export, the sitemap and the
 * accessibility tests have it; it changes with any file, so it carries the newest file's date. Collecting it builds
 * the snapshot's search index, which the search then answers from.
 */
@Component
class KeywordPages implements ViewSource {

    private final SearchIndexes indexes;

    KeywordPages(SearchIndexes indexes) {
        this.indexes = indexes;
    }

    @Override
    public List<View> pages(Snapshot snapshot) {
        KeywordIndex keywords = indexes.of(snapshot).keywords().without(snapshot.event().meta().hiddenKeywords());
        String description = "Begriffe, Personen, Themen, Infostände und Seiten dieser Website zur Veranstaltung „"
                + snapshot.event().meta().name() + "“ von A bis Z, jeweils mit den Seiten, auf denen sie vorkommen.";
        ViewMeta meta = ViewMeta.of(Crumbs.KEYWORDS.label(), description, Crumbs.trail(Crumbs.KEYWORDS),
                Doc.newest(snapshot.docs().toList()).orElse(null));
        return List.of(new View(Routes.KEYWORDS, "search/keywords", meta, Map.of("letters", keywords.letters())));
    }
}
