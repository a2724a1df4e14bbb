package de.bmas.microsite.content.source;

import de.bmas.microsite.content.model.SourcePosition;

import com.vladsch.flexmark.util.ast.Node;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Positions of nodes in the file: the line starts of the body are found once, so a body with many links costs a
 * binary search per link, not a scan from the top, and rendering stays linear in its length.
 */
final class BodyPositions {

    private final SourceText source;
    private final int[] lineStarts;

    BodyPositions(SourceText source) {
        this.source = source;
        String body = source.body();
        this.lineStarts = IntStream.concat(IntStream.of(0),
                IntStream.range(0, body.length()).filter(i -> body.charAt(i) == '\n').map(i -> i + 1)).toArray();
    }

    SourcePosition of(Node node) {
        return at(node.getStartOffset());
    }

    /** The position of the character at {@code offset} in the body. */
    SourcePosition at(int offset) {
        int bounded = Math.max(0, Math.min(offset, source.body().length()));
        int line = Arrays.binarySearch(lineStarts, bounded);
        line = line >= 0 ? line : -line - 2;
        return new SourcePosition(source.path(), source.bodyLine() + line, bounded - lineStarts[line] + 1);
    }
}
