package de.bmas.microsite.share;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class ShareImageCacheTest {

    /** A stand-in renderer: 100 bytes that name the card, counting how often each card is rendered. */
    private final Map<String, AtomicInteger> renders = new ConcurrentHashMap<>();
    private final Function<ShareCard, byte[]> render = card -> {
        renders.computeIfAbsent(card.title(), title -> new AtomicInteger()).incrementAndGet();
        byte[] image = new byte[100];
        byte[] title = card.title().getBytes(StandardCharsets.UTF_8);
        System.arraycopy(title, 0, image, 0, title.length);
        return image;
    };

    @Test
    void anUnchangedCardIsNotRenderedAgain() {
        ShareImageCache cache = new ShareImageCache(1_000);

        byte[] first = cache.get(card("A"), render);
        byte[] second = cache.get(card("A"), render);

        assertThat(second).isSameAs(first);
        assertThat(renders.get("A")).hasValue(1);
    }

    @Test
    void aChangedCardIsRenderedAnew() {
        ShareImageCache cache = new ShareImageCache(1_000);
        byte[] before = cache.get(card("A"), render);

        byte[] changed = cache.get(new ShareCard("Kongress", "A", "26. Februar 2025", "BMAS"), render);

        assertThat(changed).as("not the kept image").isNotSameAs(before);
        assertThat(renders.get("A")).hasValue(2);
    }

    @Test
    void beyondItsBoundTheLeastRecentlyUsedImageGoes() {
        ShareImageCache cache = new ShareImageCache(250);
        cache.get(card("A"), render);
        cache.get(card("B"), render);
        cache.get(card("A"), render);

        cache.get(card("C"), render);
        cache.get(card("A"), render);
        cache.get(card("B"), render);

        assertThat(renders.get("A")).as("A, used last before C came").hasValue(1);
        assertThat(renders.get("B")).as("B, the least recently used").hasValue(2);
        cache.get(card("C"), render);
        assertThat(renders.get("C")).as("C, the least recently used when B came back").hasValue(2);
    }

    @Test
    void anImageLargerThanTheBoundIsServedButNotKept() {
        ShareImageCache cache = new ShareImageCache(99);

        assertThat(cache.get(card("A"), render)).hasSize(100);
        cache.get(card("A"), render);

        assertThat(renders.get("A")).hasValue(2);
    }

    @Test
    void manyThreadsGetTheRightImagesAndTheBoundHolds() throws Exception {
        ShareImageCache cache = new ShareImageCache(1_000);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 4_000; i++) {
                String title = "T" + i % 25;
                results.add(pool.submit(() -> new String(cache.get(card(title), render), StandardCharsets.UTF_8)
                        .startsWith(title + "\0")));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(hitsReading(cache, 25)).as("cards of 100 bytes kept within 1,000 bytes").isLessThanOrEqualTo(10);
    }

    /** How many of the cards T0 … T(n-1) come from the cache: at most as many as it kept (a miss adds only itself). */
    private int hitsReading(ShareImageCache cache, int n) {
        int hits = 0;
        for (int i = 0; i < n; i++) {
            String title = "T" + i;
            int before = renders.get(title).get();
            cache.get(card(title), render);
            hits += renders.get(title).get() == before ? 1 : 0;
        }
        return hits;
    }

    private static ShareCard card(String title) {
        return new ShareCard("Kongress", title, "25. Februar 2025", "BMAS");
    }
}
