package de.bmas.microsite.content.model;

/** German constraint messages shown to editors, after the field's name. */
final class Messages {

    /** Said of a required field or a list entry that is there but has no value. */
    static final String EMPTY = "ist leer";

    private Messages() {
    }
}
