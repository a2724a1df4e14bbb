package de.bmas.microsite.outputs;

import de.bmas.microsite.site.Routes;
import de.bmas.microsite.content.model.Snapshot;
import de.bmas.microsite.site.OutputSource;
import de.bmas.microsite.site.SiteOutput;
import de.bmas.microsite.site.View;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** {@code /robots.txt}: every crawler may read everything, and learns where the sitemap is. */
@Component
class RobotsOutput implements OutputSource {

    private final SiteUrls urls;

    RobotsOutput(SiteUrls urls) {
        this.urls = urls;
    }

    @Override
    public List<SiteOutput> outputs(Snapshot snapshot, List<View> pages) {
        // results pages are as many as there are queries, each marked noindex: crawlers need not fetch them (with
        // the "?", as a rule is a prefix: a page "/suche-nach-fachkraeften" stays allowed)
        String robots = "User-agent: *\nAllow: /\nDisallow: " + Routes.SEARCH + "?\n\nSitemap: "
                + urls.of(Routes.SITEMAP) + "\n";
        return List.of(new SiteOutput(Routes.ROBOTS, "text/plain;charset=UTF-8",
                robots.getBytes(StandardCharsets.UTF_8), snapshot.event().lastModified()));
    }
}
