package de.bmas.microsite.share;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes an RGB image as an 8-bit palette PNG: each pixel becomes the nearest palette colour (the card's colours
 * and their antialiasing steps), rows are left unfiltered as the PNG specification advises for palette images.
 * ImageIO's writer takes about four times as long for the same image (it filters and compresses row by row through
 * the raster API), and an RGB PNG is about twice the size. The bytes depend on the pixels alone: only IHDR, PLTE,
 * IDAT and IEND are written, no time, text or physical size.
 */
final class IndexedPng {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte BIT_DEPTH = 8;
    private static final byte COLOUR_TYPE_PALETTE = 3;
    private static final int MAX_PALETTE = 256;
    /** See the measurements in the developer documentation: higher levels cost far more time than they save bytes. */
    private static final int DEFLATE_LEVEL = 4;

    private IndexedPng() {
    }

    static byte[] encode(BufferedImage image, int[] palette) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB || palette.length > MAX_PALETTE) {
            throw new IllegalArgumentException("Needs an RGB image and at most 256 colours");
        }
        int width = image.getWidth();
        int height = image.getHeight();
        ByteArrayOutputStream png = new ByteArrayOutputStream(64 * 1024);
        png.writeBytes(SIGNATURE);
        chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put(BIT_DEPTH).put(COLOUR_TYPE_PALETTE).put((byte) 0).put((byte) 0).put((byte) 0).array());
        chunk(png, "PLTE", rgbTriples(palette));
        chunk(png, "IDAT", deflate(scanlines(image, palette)));
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    /** Rows of palette indices, each after its filter type byte 0 (none). */
    private static byte[] scanlines(BufferedImage image, int[] palette) {
        int width = image.getWidth();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        byte[] rows = new byte[image.getHeight() * (width + 1)];
        NearestColour nearest = new NearestColour(palette);
        int previous = -1;
        byte index = 0;
        int out = 0;
        for (int row = 0; row < pixels.length; row += width) {
            rows[out++] = 0;
            for (int i = row; i < row + width; i++) {
                int rgb = pixels[i] & 0xffffff;
                if (rgb != previous) {
                    // most pixels repeat their left neighbour; a lookup is needed only where the colour changes
                    index = nearest.indexOf(rgb);
                    previous = rgb;
                }
                rows[out++] = index;
            }
        }
        return rows;
    }

    private static byte[] rgbTriples(int[] palette) {
        byte[] triples = new byte[palette.length * 3];
        for (int i = 0; i < palette.length; i++) {
            triples[3 * i] = (byte) (palette[i] >> 16);
            triples[3 * i + 1] = (byte) (palette[i] >> 8);
            triples[3 * i + 2] = (byte) palette[i];
        }
        return triples;
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(DEFLATE_LEVEL);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 16);
            byte[] buffer = new byte[64 * 1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(name);
        png.writeBytes(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
