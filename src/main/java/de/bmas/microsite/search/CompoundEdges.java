package de.bmas.microsite.search;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.ArrayUtil;

import java.io.IOException;
import java.util.Arrays;

/**
 * Keeps only the compound parts that stand where a German compound has its words: after parts that make up all of
 * the word before them, or before parts that make up all of the rest, each part perhaps followed by a linking „s“
 * and the last by an inflection. So the first and the last part stay („Fachkräfte“ and „Zuwanderung“ in
 * „Fachkräftezuwanderungen“), and a part next to them („Welt“ before „Meisterin“ in „Fußballweltmeisterin“). A
 * dictionary word somewhere inside another word is mostly chance: „Power“ in „Empowerment“ put that session before
 * the motto „Mehr Power fürs Fachkräfteland!“.
 * <p>
 * It runs over every word of every text, so it reuses its buffers: most words have no parts and cost a copy.
 */
final class CompoundEdges extends TokenFilter {

    /** Longest German inflection after a compound's last part („-ern“, „-en“, „-es“). */
    private static final int ENDING = 3;
    private static final byte UNKNOWN = 0;
    private static final byte YES = 1;
    private static final byte NO = 2;

    private final CharArraySet parts;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    /** The word the parts come from, its length, and whether {@link #before} and {@link #from} are for it. */
    private char[] word = new char[32];
    private int length;
    private boolean known;
    /** Per position of the word: whether the letters before it, or from it on, are parts. */
    private byte[] before = new byte[33];
    private byte[] from = new byte[33];

    /** {@code parts} is the dictionary the compounds of {@code input} were split with. */
    CompoundEdges(TokenStream input, CharArraySet parts) {
        super(input);
        this.parts = parts;
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (input.incrementToken()) {
            if (position.getPositionIncrement() > 0) {
                word = ArrayUtil.grow(word, term.length());
                System.arraycopy(term.buffer(), 0, word, 0, term.length());
                length = term.length();
                known = false;
                return true;
            }
            int start = indexOf(term.buffer(), term.length());
            if (start >= 0 && (partsBefore(start) || partsFrom(start + term.length()))) {
                return true;
            }
        }
        return false;
    }

    private int indexOf(char[] part, int partLength) {
        if (!known) {
            before = ArrayUtil.grow(before, length + 1);
            from = ArrayUtil.grow(from, length + 1);
            Arrays.fill(before, 0, length + 1, UNKNOWN);
            Arrays.fill(from, 0, length + 1, UNKNOWN);
            known = true;
        }
        for (int start = 0; start + partLength <= length; start++) {
            if (Arrays.equals(word, start, start + partLength, part, 0, partLength)) {
                return start;
            }
        }
        return -1;
    }

    /** Whether the word's first {@code end} letters are dictionary parts, each perhaps followed by a linking „s“. */
    private boolean partsBefore(int end) {
        if (end == 0) {
            return true;
        }
        if (before[end] == UNKNOWN) {
            boolean linked = word[end - 1] == 's';
            boolean found = false;
            for (int start = 0; !found && start <= end - GermanText.MIN_PART; start++) {
                found = (isPart(start, end) || linked && isPart(start, end - 1)) && partsBefore(start);
            }
            before[end] = found ? YES : NO;
        }
        return before[end] == YES;
    }

    /** Whether the word's letters from {@code start} on are dictionary parts, the last perhaps inflected. */
    private boolean partsFrom(int start) {
        if (length - start <= ENDING) {
            return true;
        }
        if (from[start] == UNKNOWN) {
            boolean found = word[start] == 's' && partsFrom(start + 1);
            for (int end = start + GermanText.MIN_PART; !found && end <= length; end++) {
                found = isPart(start, end) && partsFrom(end);
            }
            from[start] = found ? YES : NO;
        }
        return from[start] == YES;
    }

    private boolean isPart(int start, int end) {
        return parts.contains(word, start, end - start);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        length = 0;
        known = false;
    }
}
