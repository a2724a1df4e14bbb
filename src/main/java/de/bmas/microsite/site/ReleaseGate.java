package de.bmas.microsite.site;

import de.bmas.microsite.content.source.ContentReport;

import java.util.Optional;

/**
 * A last say before valid content goes live in production on a reload (at the start, the publishing guard's own
 * start-up check answers): the guard refuses placeholders under {@code --strict}. Declared here, so that the
 * holder asks it without knowing who answers.
 */
public interface ReleaseGate {

    /** Why this content must not go live, or empty. */
    Optional<String> refusal(ContentReport report);
}
