package de.bmas.microsite.site;

import de.bmas.microsite.content.source.ContentReport;
import de.bmas.microsite.content.model.Snapshot;

import java.time.Instant;

/**
 * A snapshot with all its renderings: the unit that a reload swaps atomically.
 *
 * @param report the problems of the latest load; in preview mode its errors appear in the banner while the
 *               last good snapshot keeps serving
 * @param renderedAt the moment the pages were rendered for, which decides what they offer ({@link Offers})
 */
public record Site(Snapshot snapshot, RenderedSite rendered, ContentReport report, Instant renderedAt) {
}
