package de.bmas.microsite.content.model;

/** German constraint messages shown to editors, after the field's name. */
final class Messages {

    /** Said of a required field or a list entry that is there but has no value. */
    static final String EMPTY = "ist leer";

    /** Said of a language field whose value is not a language code. */
    static final String LANGUAGE = "ist kein Sprachkürzel; erwartet werden zwei Kleinbuchstaben wie „en“ (Englisch) "
            + "oder „fr“ (Französisch)";
    /** ISO 639 codes, as the HTML {@code lang} attribute and the conference schedules take them. */
    static final String LANGUAGE_CODE = "[a-z]{2,3}";

    private Messages() {
    }
}
