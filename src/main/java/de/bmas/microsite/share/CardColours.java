package de.bmas.microsite.share;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The site's colours for images, read from the design tokens rather than copied, so that a changed token reaches
 * the share images and icons too ("change a value here, not in a component", says the tokens file).
 */
record CardColours(Color background, Color text, Color muted, Color primary,
                   Color flagBlack, Color flagRed, Color flagGold) {

    static final String TOKENS = "/static/css/00-tokens.css";

    private static final Pattern TOKEN = Pattern.compile("--color-([a-z-]+)\\s*:\\s*#([0-9a-fA-F]{6})\\s*;");

    /** The light colours of the bundled tokens: share images are seen outside the site, without dark mode. */
    static CardColours bundled() {
        try (InputStream in = CardColours.class.getResourceAsStream(TOKENS)) {
            if (in == null) {
                throw new IllegalStateException(TOKENS + " is not on the class path");
            }
            return fromTokens(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CardColours fromTokens(String css) {
        Map<String, Color> colours = new HashMap<>();
        Matcher matcher = TOKEN.matcher(css);
        while (matcher.find()) {
            // the first definition is the light one; 90-dark.css redefines them in a media query
            colours.putIfAbsent(matcher.group(1), new Color(Integer.parseInt(matcher.group(2), 16)));
        }
        return new CardColours(token(colours, "bg"), token(colours, "text"), token(colours, "text-muted"),
                token(colours, "primary"), token(colours, "flag-black"), token(colours, "flag-red"),
                token(colours, "flag-gold"));
    }

    private static Color token(Map<String, Color> colours, String name) {
        Color colour = colours.get(name);
        if (colour == null) {
            throw new IllegalStateException("The design tokens define no --color-" + name + " as #rrggbb");
        }
        return colour;
    }
}
