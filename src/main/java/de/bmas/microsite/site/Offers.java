package de.bmas.microsite.site;

import de.bmas.microsite.content.model.Snapshot;

import java.time.Instant;

/**
 * What pages offer to take away: calendar entries only while the event lies ahead (a recap that offers to put a
 * past day into the calendar looks forgotten), conference-app schedules only when they hold something with a time.
 * The files themselves stay, valid, for those who subscribed to them.
 *
 * @param calendars the programme's and the sessions' calendar links
 * @param schedules the C3 schedule links for conference apps
 */
public record Offers(boolean calendars, boolean schedules) {

    /** What the site offers at {@code now}: until the first midnight in Berlin after the event's day. */
    static Offers of(Snapshot snapshot, Instant now) {
        boolean ahead = now.isBefore(snapshot.event().meta().overAt());
        return new Offers(ahead, ahead && snapshot.hasTimedEntries());
    }
}
