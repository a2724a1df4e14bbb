package de.bmas.microsite.site;

import de.bmas.microsite.content.model.Snapshot;

import java.util.List;

/**
 * Makes the views of one feature from a snapshot: each page's route, template and model. The feature's
 * {@code @Controller} maps the routes; the site renders every page once per snapshot, so these run on load, never
 * per request.
 */
public interface ViewSource {

    List<View> pages(Snapshot snapshot);
}
