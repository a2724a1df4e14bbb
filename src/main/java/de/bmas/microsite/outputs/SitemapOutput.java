package de.bmas.microsite.outputs;

import de.bmas.microsite.site.Routes;
import de.bmas.microsite.content.model.Snapshot;
import de.bmas.microsite.site.OutputSource;
import de.bmas.microsite.site.SiteOutput;
import de.bmas.microsite.site.View;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

import static de.bmas.microsite.outputs.XmlDocuments.add;

/** {@code /sitemap.xml} (sitemaps.org 0.9): every public HTML page with the time its content file changed. */
@Component
class SitemapOutput implements OutputSource {

    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private final SiteUrls urls;

    SitemapOutput(SiteUrls urls) {
        this.urls = urls;
    }

    @Override
    public List<SiteOutput> outputs(Snapshot snapshot, List<View> pages) {
        List<View> published = pages.stream().filter(page -> !page.meta().draft()).toList();
        Document document = XmlDocuments.create(NAMESPACE, "urlset");
        for (View page : published) {
            Element url = add(document.getDocumentElement(), "url", null);
            add(url, "loc", urls.of(page.route()));
            add(url, "lastmod", page.meta().lastModified().truncatedTo(ChronoUnit.SECONDS).toString());
        }
        Instant newest = published.stream().map(page -> page.meta().lastModified())
                .max(Comparator.naturalOrder()).orElse(snapshot.event().lastModified());
        return List.of(new SiteOutput(Routes.SITEMAP, "application/xml;charset=UTF-8", XmlDocuments.bytes(document),
                newest));
    }
}
