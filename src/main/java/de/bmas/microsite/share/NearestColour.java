package de.bmas.microsite.share;

import java.util.Arrays;

/**
 * The palette index of the colour nearest to an RGB value, remembered per value: an image has a few hundred
 * distinct colours but some hundred thousand colour changes. An open-addressing table of primitive ints, as a
 * boxed map made this the slowest step of encoding a share image.
 */
final class NearestColour {

    private static final int EMPTY = -1;
    private static final int SLOTS = 1 << 13;

    private final int[] palette;
    private final int[] keys = new int[SLOTS];
    private final byte[] values = new byte[SLOTS];
    private int used;

    NearestColour(int[] palette) {
        this.palette = palette;
        Arrays.fill(keys, EMPTY);
    }

    byte indexOf(int rgb) {
        int slot = (rgb * 0x9E3779B1 >>> 19) & (SLOTS - 1);
        while (keys[slot] != EMPTY) {
            if (keys[slot] == rgb) {
                return values[slot];
            }
            slot = (slot + 1) & (SLOTS - 1);
        }
        byte index = search(rgb);
        if (used < SLOTS / 2) {
            // beyond half full the table stops learning: lookups stay short, answers stay right
            keys[slot] = rgb;
            values[slot] = index;
            used++;
        }
        return index;
    }

    private byte search(int rgb) {
        int best = 0;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < palette.length; i++) {
            int red = (rgb >> 16 & 0xff) - (palette[i] >> 16 & 0xff);
            int green = (rgb >> 8 & 0xff) - (palette[i] >> 8 & 0xff);
            int blue = (rgb & 0xff) - (palette[i] & 0xff);
            int distance = red * red + green * green + blue * blue;
            if (distance < bestDistance) {
                best = i;
                bestDistance = distance;
            }
        }
        return (byte) best;
    }
}
