package de.bmas.microsite.share;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.LineMetrics;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Lays out and draws one share card, in the manner of the site's own header: the black-red-gold stripe on top,
 * sender and event name beside a black bar, the page's title large and left aligned, date and place at the foot
 * beside a bar in the primary colour. Plenty of white space; the only colours are the site's tokens.
 */
final class CardPainter {

    static final int WIDTH = 1200;
    static final int HEIGHT = 630;
    static final int MARGIN = 80;
    /** Right edge of every text: the same margin as on the left. */
    static final int TEXT_RIGHT = WIDTH - MARGIN;

    private static final int STRIPE = 12;
    private static final int BAR = 6;
    private static final int TEXT_LEFT = MARGIN + BAR + 20;
    private static final int BRAND_TOP = 64;
    private static final int TITLE_TOP = 208;
    private static final int FOOT_BOTTOM = HEIGHT - 64;
    private static final int GAP = 44;
    /** Between the sender and the event's name, which belong together. */
    private static final int BRAND_GAP = 4;
    /** Font sizes in pixels: each text starts at the first and shrinks down to the second to fit its box. */
    private static final int TITLE_SIZE = 64, TITLE_SIZE_MIN = 44;
    private static final int SENDER_SIZE = 26, SENDER_SIZE_MIN = 20;
    private static final int EVENT_SIZE = 34, EVENT_SIZE_MIN = 26;
    private static final int FOOT_SIZE = 30, FOOT_SIZE_MIN = 24;
    /** Antialiasing steps per colour pair: 16 look smooth at these sizes and keep the palette small. */
    private static final int STEPS = 16;

    private final CardColours colours;

    CardPainter(CardColours colours) {
        this.colours = colours;
    }

    BufferedImage paint(ShareCard card) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            Drawing.prepare(g);
            g.setColor(colours.background());
            g.fillRect(0, 0, WIDTH, HEIGHT);
            stripe(g);
            double brandBottom = brand(g, card);
            double footTop = foot(g, card.dateAndPlace());
            double titleHeight = footTop - GAP - Math.max(TITLE_TOP, brandBottom + GAP);
            TextFit.Fitted title = TextFit.fit(card.title(), Drawing.BOLD, TITLE_SIZE, TITLE_SIZE_MIN,
                    TEXT_RIGHT - MARGIN, titleHeight);
            draw(g, title, MARGIN, Math.max(TITLE_TOP, brandBottom + GAP), colours.text());
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Every colour the card may show: the flat ones, then the antialiasing steps from the ground to each ink. */
    int[] palette() {
        Set<Integer> palette = new LinkedHashSet<>();
        for (Color flat : List.of(colours.background(), colours.flagBlack(), colours.flagRed(), colours.flagGold(),
                colours.primary())) {
            palette.add(flat.getRGB() & 0xffffff);
        }
        for (Color ink : List.of(colours.text(), colours.muted())) {
            for (int step = 1; step <= STEPS; step++) {
                palette.add(mix(colours.background(), ink, step / (double) STEPS));
            }
        }
        return palette.stream().mapToInt(Integer::intValue).toArray();
    }

    private void stripe(Graphics2D g) {
        List<Color> flag = List.of(colours.flagBlack(), colours.flagRed(), colours.flagGold());
        for (int i = 0; i < flag.size(); i++) {
            g.setColor(flag.get(i));
            g.fillRect(WIDTH * i / flag.size(), 0, WIDTH / flag.size(), STRIPE);
        }
    }

    /** Sender above the event's name, as in the site's header; returns the block's lower edge. */
    private double brand(Graphics2D g, ShareCard card) {
        double width = TEXT_RIGHT - TEXT_LEFT;
        TextFit.Fitted sender = TextFit.fit(card.organiser(), Drawing.REGULAR, SENDER_SIZE, SENDER_SIZE_MIN, width,
                SENDER_SIZE * TextFit.LINE_HEIGHT);
        TextFit.Fitted event = TextFit.fit(card.eventName(), Drawing.BOLD, EVENT_SIZE, EVENT_SIZE_MIN, width,
                EVENT_SIZE * TextFit.LINE_HEIGHT);
        double eventTop = BRAND_TOP + sender.height() + BRAND_GAP;
        double bottom = eventTop + event.height();
        draw(g, sender, TEXT_LEFT, BRAND_TOP, colours.muted());
        draw(g, event, TEXT_LEFT, eventTop, colours.text());
        bar(g, colours.flagBlack(), BRAND_TOP, bottom);
        return bottom;
    }

    /** Date and place at the foot, up to two lines growing upwards; returns the block's upper edge. */
    private double foot(Graphics2D g, String dateAndPlace) {
        TextFit.Fitted foot = TextFit.fit(dateAndPlace, Drawing.REGULAR, FOOT_SIZE, FOOT_SIZE_MIN,
                TEXT_RIGHT - TEXT_LEFT, 2 * FOOT_SIZE * TextFit.LINE_HEIGHT);
        double top = FOOT_BOTTOM - foot.height();
        draw(g, foot, TEXT_LEFT, top, colours.text());
        bar(g, colours.primary(), top, FOOT_BOTTOM);
        return top;
    }

    private static void bar(Graphics2D g, Color colour, double top, double bottom) {
        g.setColor(colour);
        g.fillRect(MARGIN, (int) Math.round(top), BAR, (int) Math.round(bottom - top));
    }

    /** Draws the lines as CSS would: each in a line box of {@link TextFit#LINE_HEIGHT}, the glyphs centred in it. */
    private static void draw(Graphics2D g, TextFit.Fitted text, int x, double top, Color colour) {
        Font font = text.font();
        LineMetrics metrics = font.getLineMetrics("Äg", Drawing.FRC);
        double lineHeight = font.getSize2D() * TextFit.LINE_HEIGHT;
        double baseline = top + (lineHeight - metrics.getAscent() - metrics.getDescent()) / 2 + metrics.getAscent();
        g.setColor(colour);
        g.setFont(font);
        List<String> lines = new ArrayList<>(text.lines());
        for (int i = 0; i < lines.size(); i++) {
            g.drawString(lines.get(i), x, (float) (baseline + i * lineHeight));
        }
    }

    private static int mix(Color ground, Color ink, double share) {
        int red = channel(ground.getRed(), ink.getRed(), share);
        int green = channel(ground.getGreen(), ink.getGreen(), share);
        int blue = channel(ground.getBlue(), ink.getBlue(), share);
        return red << 16 | green << 8 | blue;
    }

    private static int channel(int ground, int ink, double share) {
        return (int) Math.round(ground + (ink - ground) * share);
    }
}
