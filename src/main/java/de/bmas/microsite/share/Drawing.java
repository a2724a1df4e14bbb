package de.bmas.microsite.share;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * What makes a drawing come out the same in every run: the bundled fonts (never the machine's, which differ
 * between developers and CI) and every rendering hint set explicitly instead of left to the platform's defaults.
 */
final class Drawing {

    static final Font REGULAR = load("NotoSans-Regular.ttf");
    static final Font BOLD = load("NotoSans-Bold.ttf");

    /** Measures text exactly as {@link #prepare} draws it: greyscale antialiasing, fractional advances. */
    static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private static final Map<RenderingHints.Key, Object> HINTS = Map.of(
            RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON,
            RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON,
            RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON,
            RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY,
            RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE,
            RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY,
            RenderingHints.KEY_ALPHA_INTERPOLATION, RenderingHints.VALUE_ALPHA_INTERPOLATION_QUALITY,
            RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC,
            RenderingHints.KEY_DITHERING, RenderingHints.VALUE_DITHER_DISABLE);

    private Drawing() {
    }

    static void prepare(Graphics2D graphics) {
        graphics.setRenderingHints(HINTS);
    }

    private static Font load(String file) {
        try (InputStream in = Drawing.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Font /fonts/" + file + " is not on the class path");
            }
            // kerning and ligatures as a typesetter would set them; both are part of the font, not of the machine
            return Font.createFont(Font.TRUETYPE_FONT, in)
                    .deriveFont(Map.of(TextAttribute.KERNING, TextAttribute.KERNING_ON,
                            TextAttribute.LIGATURES, TextAttribute.LIGATURES_ON));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("Font /fonts/" + file + " cannot be read", e);
        }
    }
}
