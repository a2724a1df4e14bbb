package de.bmas.microsite.share;

import java.awt.Font;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Sets a text into a box: the largest font size at which it wraps into the box, breaking lines only between words
 * (at spaces, or after the hyphen of a compound such as „Fachkräfte-Einwanderung“ too wide for a line). A text
 * too long even at the smallest size ends after a whole word with „…“; a single word too wide for the box at that
 * size makes the font smaller still (down to half the smallest size) rather than being cut. Widths are measured
 * with the font that draws the text ({@link Drawing#FRC}).
 */
final class TextFit {

    static final float LINE_HEIGHT = 1.2f;
    static final String ELLIPSIS = "…";

    private static final float STEP = 2f;
    private static final float FINE_STEP = 0.5f;
    /** A dash standing between words belongs to the word before it: a line never starts with one. */
    private static final Pattern DASH = Pattern.compile("[–—-]+");
    private static final Pattern AFTER_COMPOUND_HYPHEN = Pattern.compile("(?<=\\p{L}-)(?=\\p{L})");

    /** The lines of a fitted text and the font, at its size, that sets them. */
    record Fitted(Font font, List<String> lines) {

        double height() {
            return lines.size() * font.getSize2D() * LINE_HEIGHT;
        }
    }

    /**
     * Widths in one font, each measured once: balancing wraps the same text a dozen times, and measuring with
     * kerning and ligatures takes the layout engine's time.
     */
    private static final class Widths {

        private final Font font;
        private final Map<String, Double> known = new HashMap<>();

        Widths(Font font) {
            this.font = font;
        }

        double of(String text) {
            return known.computeIfAbsent(text, key -> width(key, font));
        }
    }

    /** A piece of text that is never broken, and whether a space (and so a line break) may follow it. */
    private record Piece(String text, boolean spaceAfter) {
    }

    private TextFit() {
    }

    static Fitted fit(String text, Font face, float maxSize, float minSize, double width, double height) {
        List<Piece> pieces = pieces(drawable(text, face));
        for (float size = maxSize; size >= minSize; size -= STEP) {
            Widths widths = new Widths(face.deriveFont(size));
            List<List<Piece>> lines = wrap(pieces, widths, width);
            if (lines != null && lines.size() <= maxLines(size, height)) {
                return new Fitted(widths.font, joined(balance(pieces, widths, width, lines)));
            }
        }
        float size = minSize;
        Widths widths = new Widths(face.deriveFont(size));
        List<List<Piece>> lines = wrap(pieces, widths, width);
        while (lines == null && size - FINE_STEP >= minSize / 2) {
            size -= FINE_STEP;
            widths = new Widths(face.deriveFont(size));
            lines = wrap(pieces, widths, width);
        }
        if (lines == null) {
            // a "word" wider than the box at half the smallest size (a pasted address, say) cannot be set whole
            return new Fitted(widths.font, List.of(ELLIPSIS));
        }
        int maxLines = maxLines(size, height);
        return new Fitted(widths.font, lines.size() <= maxLines
                ? joined(lines)
                : truncate(lines.subList(0, maxLines), widths, width));
    }

    /** Without the characters the font has no glyph for (emoji, say), which would be drawn as empty boxes. */
    private static String drawable(String text, Font face) {
        if (face.canDisplayUpTo(text) < 0) {
            return text;
        }
        StringBuilder kept = new StringBuilder();
        text.codePoints().filter(c -> Character.isWhitespace(c) || face.canDisplay(c)).forEach(kept::appendCodePoint);
        return kept.toString().replaceAll("\\s+", " ").strip();
    }

    static double width(String text, Font font) {
        return font.getStringBounds(text, Drawing.FRC).getWidth();
    }

    private static int maxLines(float size, double height) {
        return Math.max(1, (int) Math.floor(height / (size * LINE_HEIGHT) + 1e-6));
    }

    /** The words, each a piece of its own; a dash standing alone joins the word before it. */
    private static List<Piece> pieces(String text) {
        List<Piece> pieces = new ArrayList<>();
        for (String word : text.strip().split("[ \\t\\r\\n]+")) {
            if (DASH.matcher(word).matches() && !pieces.isEmpty()) {
                pieces.set(pieces.size() - 1, new Piece(pieces.get(pieces.size() - 1).text() + " " + word, true));
            } else if (!word.isEmpty()) {
                pieces.add(new Piece(word, true));
            }
        }
        return pieces;
    }

    /**
     * Greedy line filling; {@code null} when a piece alone is wider than the box. A compound is broken after its
     * hyphen only when it does not fit on a line of its own, so that „Karl-Marx-Allee“ stays whole where it can.
     */
    private static List<List<Piece>> wrap(List<Piece> words, Widths widths, double width) {
        List<List<Piece>> lines = new ArrayList<>();
        List<Piece> line = new ArrayList<>();
        for (Piece word : words) {
            for (Piece piece : widths.of(word.text()) > width ? compoundParts(word) : List.of(word)) {
                if (widths.of(piece.text()) > width) {
                    return null;
                }
                line.add(piece);
                if (line.size() > 1 && widths.of(join(line)) > width) {
                    line.remove(line.size() - 1);
                    lines.add(line);
                    line = new ArrayList<>(List.of(piece));
                }
            }
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    private static List<Piece> compoundParts(Piece word) {
        String[] parts = AFTER_COMPOUND_HYPHEN.split(word.text());
        List<Piece> pieces = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            pieces.add(new Piece(parts[i], i == parts.length - 1));
        }
        return pieces;
    }

    /**
     * The same number of lines, as even in length as greedy filling gets them with the narrowest box that still
     * gives that number (as CSS {@code text-wrap: balance}): no lone last word under two full lines.
     */
    private static List<List<Piece>> balance(List<Piece> pieces, Widths widths, double width,
                                             List<List<Piece>> lines) {
        if (lines.size() < 2) {
            return lines;
        }
        // never narrower than a word that fits whole, so that balancing breaks no compound that need not break
        double narrow = pieces.stream().mapToDouble(piece -> widths.of(piece.text()))
                .filter(pieceWidth -> pieceWidth <= width).max().orElse(0);
        double wide = width;
        while (wide - narrow > 1) {
            double middle = (narrow + wide) / 2;
            List<List<Piece>> tried = wrap(pieces, widths, middle);
            if (tried != null && tried.size() <= lines.size()) {
                wide = middle;
            } else {
                narrow = middle;
            }
        }
        return wrap(pieces, widths, wide);
    }

    /** Ends the last line after a whole word with „ …“ (with a space: whole words are left out). */
    private static List<String> truncate(List<List<Piece>> lines, Widths widths, double width) {
        List<String> result = new ArrayList<>(joined(lines.subList(0, lines.size() - 1)));
        List<Piece> last = new ArrayList<>(lines.get(lines.size() - 1));
        while (!last.isEmpty() && (!last.get(last.size() - 1).spaceAfter()
                || widths.of(join(last) + " " + ELLIPSIS) > width)) {
            last.remove(last.size() - 1);
        }
        result.add(last.isEmpty() ? ELLIPSIS : join(last) + " " + ELLIPSIS);
        return result;
    }

    private static List<String> joined(List<List<Piece>> lines) {
        return lines.stream().map(TextFit::join).toList();
    }

    private static String join(List<Piece> line) {
        StringBuilder text = new StringBuilder(line.get(0).text());
        for (int i = 1; i < line.size(); i++) {
            text.append(line.get(i - 1).spaceAfter() ? " " : "").append(line.get(i).text());
        }
        return text.toString();
    }
}
