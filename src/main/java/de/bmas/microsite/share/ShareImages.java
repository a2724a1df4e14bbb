package de.bmas.microsite.share;

/**
 * Share images ({@code og:image}) for the site's pages: a 1200 × 630 PNG per {@link ShareCard}, drawn with Java's own
 * imaging and the bundled font, the same bytes for the same card in every run (so the static export's image equals
 * the server's), kept in a bounded cache so that a reload renders only changed cards. Thread-safe.
 */
public final class ShareImages {

    public static final int WIDTH = CardPainter.WIDTH;
    public static final int HEIGHT = CardPainter.HEIGHT;
    public static final String CONTENT_TYPE = "image/png";

    private final CardPainter painter;
    private final int[] palette;
    private final ShareImageCache cache;

    /** @param cacheBytes the most bytes of images kept between builds; 13 to 28 KB per card (see measurements) */
    public ShareImages(long cacheBytes) {
        this(CardColours.bundled(), cacheBytes);
    }

    ShareImages(CardColours colours, long cacheBytes) {
        this.painter = new CardPainter(colours);
        this.palette = painter.palette();
        this.cache = new ShareImageCache(cacheBytes);
    }

    /** The card's PNG; callers must not change the array, which the cache shares. */
    public byte[] png(ShareCard card) {
        return cache.get(card, this::render);
    }

    private byte[] render(ShareCard card) {
        return IndexedPng.encode(painter.paint(card), palette);
    }
}
