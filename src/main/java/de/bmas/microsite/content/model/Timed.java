package de.bmas.microsite.content.model;

import java.time.LocalTime;

/** Content with optional clock times on the event's day. */
public interface Timed {

    LocalTime start();

    LocalTime end();

    default boolean hasTime() {
        return start() != null;
    }
}
