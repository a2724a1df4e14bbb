package de.bmas.microsite.site;

import de.bmas.microsite.content.source.ContentReport;

import java.util.Map;
import java.util.Optional;

/**
 * What the server answers from, the unit that a reload swaps atomically: a snapshot with all its renderings, or in
 * preview mode, while the content has errors, the problems page that stands in for every page.
 *
 * @param report        the problems of the content it was built from
 * @param earlierAssets fingerprinted assets of the snapshots it replaced, which a page fetched just before the swap
 *                      may still ask for; not part of the rendering, so never exported
 */
public record Site(RenderedSite rendered, ContentReport report, Map<String, PreparedResponse> earlierAssets) {

    public Site {
        earlierAssets = Map.copyOf(earlierAssets);
    }

    Site(RenderedSite rendered, ContentReport report) {
        this(rendered, report, Map.of());
    }

    /** The response for an address exactly as sent: the site's own, or an earlier snapshot's asset. */
    public Optional<PreparedResponse> response(String route) {
        PreparedResponse own = rendered.byRoute().get(route);
        return Optional.ofNullable(own != null ? own : earlierAssets.get(route));
    }

    Site withEarlierAssets(Map<String, PreparedResponse> assets) {
        return new Site(rendered, report, assets);
    }
}
