package de.bmas.microsite.site;

import de.bmas.microsite.content.model.Snapshot;
import de.bmas.microsite.content.source.ContentReport;

import java.util.Map;
import java.util.Optional;

import java.time.Instant;

/**
 * What the server answers from, the unit that a reload swaps atomically: a snapshot with all its renderings, or in
 * preview mode, while the content has errors, the problems page that stands in for every page.
 *
 * @param snapshot      the content it was built from; null for the problems page of a preview
 * @param report        the problems of the content it was built from
 * @param renderedAt    the moment the pages were rendered for, which decides what they offer ({@link Offers});
 *                      null for the problems page
 * @param earlierAssets fingerprinted assets of the snapshots it replaced, which a page fetched just before the swap
 *                      may still ask for; not part of the rendering, so never exported
 */
public record Site(Snapshot snapshot, RenderedSite rendered, ContentReport report, Instant renderedAt,
                   Map<String, PreparedResponse> earlierAssets) {

    public Site {
        earlierAssets = Map.copyOf(earlierAssets);
    }

    Site(Snapshot snapshot, RenderedSite rendered, ContentReport report, Instant renderedAt) {
        this(snapshot, rendered, report, renderedAt, Map.of());
    }

    /** The response for an address exactly as sent: the site's own, or an earlier snapshot's asset. */
    public Optional<PreparedResponse> response(String route) {
        PreparedResponse own = rendered.get(route).orElse(null);
        return Optional.ofNullable(own != null ? own : earlierAssets.get(route));
    }

    Site withEarlierAssets(Map<String, PreparedResponse> assets) {
        return new Site(snapshot, rendered, report, renderedAt, assets);
    }
}
