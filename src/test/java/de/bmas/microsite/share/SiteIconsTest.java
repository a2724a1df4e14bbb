package de.bmas.microsite.share;

import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SiteIconsTest {

    private static final Path FAVICON = Path.of("src/main/resources/static/favicon.svg");
    /** A test source: a red square with a white band across the middle and a transparent border. */
    private static final byte[] SOURCE = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
            <path fill="#c00000" d="M2 2h28v28H2z"/><path fill="#ffffff" d="M2 14h28v4H2z"/></svg>
            """.getBytes(StandardCharsets.UTF_8);

    @Test
    void theIcoHoldsA16A32AndA48PixelPngAsItsDirectorySays() throws Exception {
        byte[] ico = SiteIcons.fromSvg(Files.readAllBytes(FAVICON)).faviconIco();
        ByteBuffer buffer = ByteBuffer.wrap(ico).order(ByteOrder.LITTLE_ENDIAN);

        assertThat(buffer.getShort(0)).as("reserved").isZero();
        assertThat(buffer.getShort(2)).as("type icon").isEqualTo((short) 1);
        assertThat(buffer.getShort(4)).as("images").isEqualTo((short) 3);
        int expectedOffset = IcoFile.HEADER + 3 * IcoFile.ENTRY;
        for (int i = 0; i < 3; i++) {
            int entry = IcoFile.HEADER + i * IcoFile.ENTRY;
            int side = new int[]{16, 32, 48}[i];
            int length = buffer.getInt(entry + 8);
            int offset = buffer.getInt(entry + 12);
            assertThat(Byte.toUnsignedInt(ico[entry])).as("width %d", i).isEqualTo(side);
            assertThat(Byte.toUnsignedInt(ico[entry + 1])).as("height %d", i).isEqualTo(side);
            assertThat(buffer.getShort(entry + 4)).as("planes").isEqualTo((short) 1);
            assertThat(buffer.getShort(entry + 6)).as("bits per pixel").isEqualTo((short) 32);
            assertThat(offset).as("image %d follows the one before", i).isEqualTo(expectedOffset);
            byte[] png = Arrays.copyOfRange(ico, offset, offset + length);
            assertThat(ShareImagesTest.chunkTypes(png)).containsExactly("IHDR", "IDAT", "IEND");
            BufferedImage image = ShareImagesTest.decode(png);
            assertThat(image.getWidth()).isEqualTo(side);
            assertThat(image.getHeight()).isEqualTo(side);
            expectedOffset += length;
        }
        assertThat(expectedOffset).as("file ends after the last image").isEqualTo(ico.length);
    }

    @Test
    void theAppleTouchIconIsAnOpaque180PixelSquare() throws Exception {
        BufferedImage icon = ShareImagesTest.decode(SiteIcons.fromSvg(Files.readAllBytes(FAVICON)).appleTouchIcon());

        assertThat(icon.getWidth()).isEqualTo(180);
        assertThat(icon.getHeight()).isEqualTo(180);
        assertThat(icon.getColorModel().hasAlpha()).isFalse();
    }

    @Test
    void everyIconIsDrawnFromTheSvg() throws Exception {
        SiteIcons icons = SiteIcons.fromSvg(SOURCE, Color.BLUE);

        BufferedImage touch = ShareImagesTest.decode(icons.appleTouchIcon());
        assertThat(touch.getRGB(2, 2)).as("ground outside the icon").isEqualTo(Color.BLUE.getRGB());
        assertThat(touch.getRGB(90, 40)).as("the square").isEqualTo(0xffc00000);
        assertThat(touch.getRGB(90, 90)).as("the band").isEqualTo(0xffffffff);
        byte[] ico = icons.faviconIco();
        int offset = ByteBuffer.wrap(ico).order(ByteOrder.LITTLE_ENDIAN).getInt(IcoFile.HEADER + IcoFile.ENTRY + 12);
        BufferedImage icon32 = ShareImagesTest.decode(Arrays.copyOfRange(ico, offset, ico.length));
        assertThat(icon32.getRGB(16, 6)).isEqualTo(0xffc00000);
        assertThat(icon32.getRGB(16, 16)).isEqualTo(0xffffffff);
        assertThat(icon32.getRGB(0, 0) >>> 24).as("alpha of the transparent border").isZero();
    }

    @Test
    void theSameSvgGivesTheSameBytes() throws Exception {
        byte[] svg = Files.readAllBytes(FAVICON);
        SiteIcons first = SiteIcons.fromSvg(svg);
        SiteIcons second = SiteIcons.fromSvg(svg);

        assertThat(second.faviconIco()).isEqualTo(first.faviconIco());
        assertThat(second.appleTouchIcon()).isEqualTo(first.appleTouchIcon());
    }

    @Test
    void aBrokenSvgIsRefusedWithItsName() {
        // JSVG reports the parse error it expects here on java.util.logging as well; the test keeps it quiet
        Logger jsvg = Logger.getLogger("com.github.weisj.jsvg");
        Level level = jsvg.getLevel();
        jsvg.setLevel(Level.OFF);
        try {
            assertThatThrownBy(() -> SiteIcons.fromSvg("<svg".getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("favicon.svg");
        } finally {
            jsvg.setLevel(level);
        }
    }
}
