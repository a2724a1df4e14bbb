package de.bmas.microsite.share;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * The ICO container with PNG images inside, which every browser in use reads: a 6-byte header, a 16-byte
 * directory entry per image (little endian), then the PNGs one after another.
 */
final class IcoFile {

    static final int HEADER = 6;
    static final int ENTRY = 16;
    private static final short TYPE_ICON = 1;
    private static final short PLANES = 1;
    private static final short BITS_PER_PIXEL = 32;
    /** A size byte of 0 means 256 pixels; larger icons do not fit the format. */
    private static final int MAX_SIZE = 256;

    record Image(int size, byte[] png) {

        Image {
            if (size < 1 || size > MAX_SIZE) {
                throw new IllegalArgumentException("An ICO image is 1 to 256 pixels wide, not " + size);
            }
        }
    }

    private IcoFile() {
    }

    static byte[] write(List<Image> images) {
        int length = HEADER + ENTRY * images.size() + images.stream().mapToInt(image -> image.png().length).sum();
        ByteBuffer ico = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        ico.putShort((short) 0).putShort(TYPE_ICON).putShort((short) images.size());
        int offset = HEADER + ENTRY * images.size();
        for (Image image : images) {
            byte side = (byte) (image.size() % MAX_SIZE);
            ico.put(side).put(side).put((byte) 0).put((byte) 0)
                    .putShort(PLANES).putShort(BITS_PER_PIXEL)
                    .putInt(image.png().length).putInt(offset);
            offset += image.png().length;
        }
        images.forEach(image -> ico.put(image.png()));
        return ico.array();
    }
}
