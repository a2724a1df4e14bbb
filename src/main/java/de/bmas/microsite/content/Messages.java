package de.bmas.microsite.content;

/** German constraint messages shown to editors. */
final class Messages {

    static final String REQUIRED = "Pflichtfeld fehlt oder ist leer";

    static final String EMPTY_ENTRY = "enthält einen leeren Eintrag";

    private Messages() {
    }
}
