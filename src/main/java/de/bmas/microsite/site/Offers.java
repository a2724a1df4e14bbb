package de.bmas.microsite.site;

import de.bmas.microsite.content.model.Snapshot;

import java.time.Instant;

/**
 * What pages offer and how they speak of the event, both of which change at the first midnight after it: calendar
 * entries only while the event lies ahead (a recap that offers to put a past day into the calendar looks forgotten),
 * conference-app schedules only when they hold something with a time, and the home page's text announced before
 * the day and a recap after it. The files themselves stay, valid, for those who subscribed to them.
 *
 * @param ahead     the event has not yet ended
 * @param schedules the C3 schedule links for conference apps
 */
public record Offers(boolean ahead, boolean schedules) {

    /** The programme's and the sessions' calendar links. */
    public boolean calendars() {
        return ahead;
    }

    /** The heading of the event's own text on the home page, which people's pages refer to. */
    public String reportTitle() {
        return ahead ? "Was Sie erwartet" : "Der Tag im Rückblick";
    }

    /** What the site offers at {@code now}: until the first midnight in Berlin after the event's day. */
    static Offers of(Snapshot snapshot, Instant now) {
        boolean ahead = now.isBefore(snapshot.event().meta().overAt());
        return new Offers(ahead, ahead && snapshot.hasTimedEntries());
    }
}
