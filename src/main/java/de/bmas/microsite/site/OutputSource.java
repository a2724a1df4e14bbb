package de.bmas.microsite.site;

import de.bmas.microsite.content.model.Snapshot;

import java.util.List;

/** Produces machine-readable files from a snapshot; sees the HTML pages too (for the sitemap). */
public interface OutputSource {

    List<SiteOutput> outputs(Snapshot snapshot, List<View> pages);
}
