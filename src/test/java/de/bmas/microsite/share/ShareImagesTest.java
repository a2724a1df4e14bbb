package de.bmas.microsite.share;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ShareImagesTest {

    static final ShareCard CARD = new ShareCard("Fachkräftekongress 2025", "Empowerment für weibliche Fachkräfte",
            "25. Februar 2025 · Cafe Moskau, Berlin", "Bundesministerium für Arbeit und Soziales (BMAS)");

    private static final CardColours COLOURS = CardColours.fromTokens("""
            --color-bg: #fefefe; --color-text: #111111; --color-text-muted: #555555; --color-primary: #0000aa;
            --color-flag-black: #010101; --color-flag-red: #ee0000; --color-flag-gold: #eecc00;""");

    private final ShareImages images = new ShareImages(COLOURS, 0);

    @Test
    void isA1200By630PngThatImageIoReads() throws IOException {
        BufferedImage image = decode(images.png(CARD));

        assertThat(image.getWidth()).isEqualTo(1200).isEqualTo(ShareImages.WIDTH);
        assertThat(image.getHeight()).isEqualTo(630).isEqualTo(ShareImages.HEIGHT);
        assertThat(image.getColorModel()).isInstanceOf(IndexColorModel.class);
    }

    @Test
    void theSameCardGivesTheSameBytesAndAnotherTitleOtherBytes() {
        byte[] first = images.png(CARD);
        byte[] second = new ShareImages(COLOURS, 0).png(CARD);
        byte[] other = images.png(new ShareCard(CARD.eventName(), "Programm", CARD.dateAndPlace(), CARD.organiser()));

        assertThat(second).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void carriesNothingButTheImage() {
        assertThat(chunkTypes(images.png(CARD))).containsExactly("IHDR", "PLTE", "IDAT", "IEND");
    }

    @Test
    void showsTheFlagStripeOnTheGroundInTheGivenColours() throws IOException {
        BufferedImage image = decode(images.png(CARD));

        assertThat(rgb(image, 10, 5)).isEqualTo(COLOURS.flagBlack().getRGB());
        assertThat(rgb(image, 600, 5)).isEqualTo(COLOURS.flagRed().getRGB());
        assertThat(rgb(image, 1190, 5)).isEqualTo(COLOURS.flagGold().getRGB());
        assertThat(rgb(image, 10, 620)).isEqualTo(COLOURS.background().getRGB());
        assertThat(colours(image, 0, 200, 1200, 400)).contains(COLOURS.text().getRGB());
    }

    @Test
    void aTitleFarTooLongStaysInsideTheMargins() throws IOException {
        String title = String.join(" ", Collections.nCopies(40, "Fachkräftesicherung"));

        BufferedImage image = decode(images.png(new ShareCard(CARD.eventName(), title, CARD.dateAndPlace(),
                String.join(" ", Collections.nCopies(10, CARD.organiser())))));

        int ground = COLOURS.background().getRGB();
        int margin = CardPainter.MARGIN - 4;
        assertThat(colours(image, CardPainter.WIDTH - margin, 12, margin, 618)).containsOnly(ground);
        assertThat(colours(image, 0, 12, margin, 618)).containsOnly(ground);
        assertThat(colours(image, 0, 618, 1200, 12)).containsOnly(ground);
    }

    @Test
    void theBundledColoursAreTheSitesTokens() throws IOException {
        BufferedImage image = decode(new ShareImages(1 << 20).png(CARD));

        assertThat(rgb(image, 10, 620)).isEqualTo(CardColours.bundled().background().getRGB());
        assertThat(rgb(image, 600, 5)).isEqualTo(CardColours.bundled().flagRed().getRGB());
    }

    @Test
    void theTextAlternativeSaysWhatTheImageSays() {
        assertThat(CARD.altText()).isEqualTo("Fachkräftekongress 2025 – Empowerment für weibliche Fachkräfte – "
                + "25. Februar 2025 · Cafe Moskau, Berlin – Bundesministerium für Arbeit und Soziales (BMAS)");
        assertThat(new ShareCard("Kongress", "Titel", " ", "BMAS").altText()).isEqualTo("Kongress – Titel – BMAS");
    }

    static BufferedImage decode(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).as("decoded PNG").isNotNull();
        return image;
    }

    static List<String> chunkTypes(byte[] png) {
        List<String> types = new ArrayList<>();
        ByteBuffer buffer = ByteBuffer.wrap(png, 8, png.length - 8);
        while (buffer.hasRemaining()) {
            int length = buffer.getInt();
            byte[] type = new byte[4];
            buffer.get(type);
            types.add(new String(type, StandardCharsets.US_ASCII));
            buffer.position(buffer.position() + length + 4);
        }
        return types;
    }

    private static int rgb(BufferedImage image, int x, int y) {
        return image.getRGB(x, y);
    }

    private static List<Integer> colours(BufferedImage image, int x, int y, int width, int height) {
        List<Integer> colours = new ArrayList<>();
        for (int row = y; row < y + height; row++) {
            for (int column = x; column < x + width; column++) {
                int rgb = image.getRGB(column, row);
                if (!colours.contains(rgb)) {
                    colours.add(rgb);
                }
            }
        }
        return colours;
    }
}
