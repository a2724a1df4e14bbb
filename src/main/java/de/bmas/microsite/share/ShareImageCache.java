package de.bmas.microsite.share;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Rendered share images by card, least recently used first out once their bytes exceed the bound, so that a
 * reload renders only the cards whose text changed. Rendering happens outside the lock: parallel site builds
 * render different cards at the same time, and a card rendered twice by a race gives the same bytes anyway.
 */
final class ShareImageCache {

    private final long maxBytes;
    private final Map<ShareCard, byte[]> images = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;

    ShareImageCache(long maxBytes) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must not be negative");
        }
        this.maxBytes = maxBytes;
    }

    byte[] get(ShareCard card, Function<ShareCard, byte[]> render) {
        byte[] cached = lookUp(card);
        return cached != null ? cached : store(card, render.apply(card));
    }

    private synchronized byte[] lookUp(ShareCard card) {
        return images.get(card);
    }

    private synchronized byte[] store(ShareCard card, byte[] png) {
        byte[] raced = images.get(card);
        if (raced != null) {
            return raced;
        }
        if (png.length <= maxBytes) {
            images.put(card, png);
            bytes += png.length;
            Iterator<byte[]> oldest = images.values().iterator();
            while (bytes > maxBytes) {
                bytes -= oldest.next().length;
                oldest.remove();
            }
        }
        return png;
    }
}
