package de.bmas.microsite.site;

import de.bmas.microsite.content.model.Snapshot;

import java.util.List;

/**
 * The controller of one group of pages: given a snapshot, it names each page's route, template and model.
 * The site renders every page once per snapshot, so these run on load, never per request.
 */
public interface ViewSource {

    List<View> pages(Snapshot snapshot);
}
