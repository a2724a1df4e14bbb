package de.bmas.microsite.site;

import de.bmas.microsite.content.model.Snapshot;
import de.bmas.microsite.content.source.Problem;

import java.util.List;

/**
 * A feature's check of a snapshot whose pages it has collected, for what only the feature knows; its problems join
 * the content's report, in {@code check}, the preview and the server's log alike.
 */
public interface SnapshotCheck {

    List<Problem> problems(Snapshot snapshot);
}
