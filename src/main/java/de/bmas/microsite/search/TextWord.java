package de.bmas.microsite.search;

/**
 * A word of a text as the A–Z index reads it: one word, or several joined by hyphens ("Job-Turbo"), with the
 * analysis's key, its place in the text, and whether each of its parts is written with a capital.
 */
record TextWord(String key, int start, int end, boolean capitalised) {

    /** Whether this word and the next, one blank apart, may be words of one name: both capitalised. */
    boolean nameBefore(String text, TextWord next) {
        return next.start() - end == 1 && text.charAt(end) == ' ' && capitalised && next.capitalised();
    }
}
