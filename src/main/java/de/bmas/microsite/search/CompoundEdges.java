package de.bmas.microsite.search;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;

/**
 * Keeps only the compound parts that stand where a German compound has its words: after parts that make up all of
 * the word before them, or before parts that make up all of the rest, each part perhaps followed by a linking „s“
 * and the last by an inflection. So the first and the last part stay („Fachkräfte“ and „Zuwanderung“ in
 * „Fachkräftezuwanderungen“), and a part next to them („Welt“ before „Meisterin“ in „Fußballweltmeisterin“). A
 * dictionary word somewhere inside another word is mostly chance: „Power“ in „Empowerment“ put that session before
 * the motto „Mehr Power fürs Fachkräfteland!“.
 */
final class CompoundEdges extends TokenFilter {

    /** Longest German inflection after a compound's last part („-ern“, „-en“, „-es“). */
    private static final int ENDING = 3;

    private final CharArraySet parts;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private String word = "";
    /** Per position of {@link #word}: whether the letters before it, or from it on, are parts; null: not known yet. */
    private Boolean[] partsBefore = new Boolean[1];
    private Boolean[] partsFrom = new Boolean[1];

    /** {@code parts} is the dictionary the compounds of {@code input} were split with. */
    CompoundEdges(TokenStream input, CharArraySet parts) {
        super(input);
        this.parts = parts;
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (input.incrementToken()) {
            if (position.getPositionIncrement() > 0) {
                startWord(term.toString());
                return true;
            }
            int start = word.indexOf(term.toString());
            if (start >= 0 && (partsBefore(start) || partsFrom(start + term.length()))) {
                return true;
            }
        }
        return false;
    }

    private void startWord(String next) {
        word = next;
        partsBefore = new Boolean[word.length() + 1];
        partsFrom = new Boolean[word.length() + 1];
    }

    /** Whether the word's first {@code end} letters are dictionary parts, each perhaps followed by a linking „s“. */
    private boolean partsBefore(int end) {
        if (end == 0) {
            return true;
        }
        if (partsBefore[end] == null) {
            boolean linked = word.charAt(end - 1) == 's';
            boolean found = false;
            for (int start = 0; !found && start <= end - GermanText.MIN_PART; start++) {
                found = (isPart(start, end) || linked && isPart(start, end - 1)) && partsBefore(start);
            }
            partsBefore[end] = found;
        }
        return partsBefore[end];
    }

    /** Whether the word's letters from {@code start} on are dictionary parts, the last perhaps inflected. */
    private boolean partsFrom(int start) {
        if (word.length() - start <= ENDING) {
            return true;
        }
        if (partsFrom[start] == null) {
            int from = word.charAt(start) == 's' ? start + 1 : start;
            boolean found = from > start && partsFrom(from);
            for (int end = start + GermanText.MIN_PART; !found && end <= word.length(); end++) {
                found = isPart(start, end) && partsFrom(end);
            }
            partsFrom[start] = found;
        }
        return partsFrom[start];
    }

    private boolean isPart(int start, int end) {
        return parts.contains(word.substring(start, end));
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        startWord("");
    }
}
