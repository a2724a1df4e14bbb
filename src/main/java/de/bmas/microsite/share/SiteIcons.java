package de.bmas.microsite.share;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.parser.resources.ResourcePolicy;
import com.github.weisj.jsvg.view.ViewBox;

import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The icons browsers ask for by themselves, {@code /favicon.ico} and {@code /apple-touch-icon.png}, rasterized
 * from the site's {@code favicon.svg} (with JSVG, on Java2D), so that the SVG is the one source of all three.
 * Same SVG, same bytes: hints are explicit and the PNGs carry no time or text chunks.
 */
public final class SiteIcons {

    /** The sizes in favicon.ico: tab and bookmark (16), taskbar and high-density tab (32), desktop shortcut (48). */
    static final List<Integer> ICO_SIZES = List.of(16, 32, 48);
    static final int TOUCH_SIZE = 180;
    /** Apple lays its own rounded mask over the square; a margin keeps the icon's own shape whole inside it. */
    private static final int TOUCH_MARGIN = 20;

    private final byte[] faviconIco;
    private final byte[] appleTouchIcon;

    private SiteIcons(byte[] faviconIco, byte[] appleTouchIcon) {
        this.faviconIco = faviconIco;
        this.appleTouchIcon = appleTouchIcon;
    }

    public static SiteIcons fromSvg(byte[] svg) {
        return fromSvg(svg, CardColours.bundled().background());
    }

    static SiteIcons fromSvg(byte[] svg, Color ground) {
        SVGDocument document = load(svg);
        List<IcoFile.Image> images = new ArrayList<>();
        for (int size : ICO_SIZES) {
            images.add(new IcoFile.Image(size, png(raster(document, size, 0, null))));
        }
        // iOS shows transparency as black: the touch icon stands on the page's ground colour
        byte[] touch = png(raster(document, TOUCH_SIZE, TOUCH_MARGIN, ground));
        return new SiteIcons(IcoFile.write(images), touch);
    }

    /** {@code image/x-icon}; callers must not change the array. */
    public byte[] faviconIco() {
        return faviconIco;
    }

    /** {@code image/png}, 180 × 180, opaque; callers must not change the array. */
    public byte[] appleTouchIcon() {
        return appleTouchIcon;
    }

    private static SVGDocument load(byte[] svg) {
        LoaderContext context = LoaderContext.builder().externalResourcePolicy(ResourcePolicy.DENY_ALL).build();
        SVGDocument document = new SVGLoader().load(new ByteArrayInputStream(svg), null, context);
        if (document == null) {
            throw new IllegalArgumentException("favicon.svg cannot be read as SVG");
        }
        return document;
    }

    private static BufferedImage raster(SVGDocument document, int size, int margin, Color ground) {
        BufferedImage image = new BufferedImage(size, size,
                ground == null ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            Drawing.prepare(g);
            if (ground != null) {
                g.setColor(ground);
                g.fillRect(0, 0, size, size);
            }
            document.render((Component) null, g, new ViewBox(margin, margin, size - 2f * margin, size - 2f * margin));
        } finally {
            g.dispose();
        }
        return image;
    }

    /** ImageIO is fast enough for icons made once per site; in memory, not through its temporary cache file. */
    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("No PNG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
