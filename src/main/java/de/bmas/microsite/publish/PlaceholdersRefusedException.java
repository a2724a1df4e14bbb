package de.bmas.microsite.publish;

/** A start with {@code --strict} on content that still has placeholders; the message is the guard's refusal. */
class PlaceholdersRefusedException extends RuntimeException {

    PlaceholdersRefusedException(String refusal) {
        super(refusal);
    }
}
