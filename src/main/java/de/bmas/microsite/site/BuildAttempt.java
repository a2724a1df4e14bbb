package de.bmas.microsite.site;

import de.bmas.microsite.content.source.ContentReport;

import java.time.Instant;
import java.util.Optional;

/** One build of the sources, its outcome, and what it makes of the status operators see. */
record BuildAttempt(String version, Instant at, long millis, SiteBuilder.Build build) {

    boolean failed() {
        return build.site().isEmpty();
    }

    ContentReport report() {
        return build.report();
    }

    /** The same build, kept from going live by a {@link ReleaseGate}. */
    BuildAttempt refused() {
        return new BuildAttempt(version, at, millis, new SiteBuilder.Build(Optional.empty(), build.report()));
    }

    /**
     * The status once this attempt is over: a successful one is live from {@code now}, a failed one leaves the live
     * version of {@code before} as it was (none yet, in a preview started on invalid content).
     */
    ContentStatus statusAfter(ContentStatus before, Instant now) {
        ContentStatus.Attempt tried = new ContentStatus.Attempt(version, at, failed(), report().errorCount(),
                report().warningCount());
        if (!failed()) {
            return new ContentStatus(version, now, report().warningCount(), tried);
        }
        return before == null ? new ContentStatus(null, null, 0, tried)
                : new ContentStatus(before.version(), before.loadedAt(), before.warnings(), tried);
    }
}
