package de.bmas.microsite.share;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Time and size of a share image after warm-up, one thread and two (the machine's cores), and the cost of a
 * cache hit. Not part of the normal build (the name does not end in Test):
 * {@code mvn -o -q test -Dtest=ShareImageBenchmark}.
 */
class ShareImageBenchmark {

    private static final int WARM_UP = 500;
    private static final int MEASURED = 1_000;
    /** Cache hits take microseconds: the best of several rounds, as the first still runs interpreted code. */
    private static final int HIT_ROUNDS = 20;
    private static final List<String> TITLES = List.of("Programm", "Empowerment für weibliche Fachkräfte",
            "Erkenntnisse & Impulse aus dem Job-Turbo", "Skilled Labour: From India to Germany",
            "MY TURN – Frauen mit Migrationserfahrung starten durch", "Aus- und Weiterbildung",
            "Fachkräfte Pflege und Gesundheit: Was Betriebe aus dem ersten Jahr der Anerkennungspartnerschaften "
                    + "gelernt haben und was sie der Politik mitgeben");

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    @Test
    void timeAndSizePerImage() throws Exception {
        ShareImages images = new ShareImages(256L << 20);
        render(images, 0, WARM_UP);

        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        int[] sizes = render(images, WARM_UP, MEASURED);
        double wall = (System.nanoTime() - start) / 1e6 / MEASURED;
        double cpuPerImage = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / MEASURED;

        start = System.nanoTime();
        Thread[] pair = IntStream.range(0, 2).mapToObj(half -> new Thread(() ->
                render(images, WARM_UP + MEASURED + half * MEASURED / 2, MEASURED / 2))).toArray(Thread[]::new);
        for (Thread thread : pair) {
            thread.start();
        }
        for (Thread thread : pair) {
            thread.join();
        }
        double parallel = (System.nanoTime() - start) / 1e6 / MEASURED;

        int[] cached = null;
        double hit = Double.MAX_VALUE;
        for (int round = 0; round < HIT_ROUNDS; round++) {
            cpu = threads.getCurrentThreadCpuTime();
            cached = render(images, WARM_UP, MEASURED);
            hit = Math.min(hit, (threads.getCurrentThreadCpuTime() - cpu) / 1e3 / MEASURED);
        }

        Arrays.sort(sizes);
        System.out.printf(Locale.ROOT, "share image, %d cards after %d warm-up: one thread %.2f ms/image "
                        + "(CPU %.2f ms), two threads %.2f ms/image; bytes min %d, median %d, max %d; "
                        + "cache hit (CPU, best of " + HIT_ROUNDS + " rounds) %.2f µs%n",
                MEASURED, WARM_UP, wall, cpuPerImage, parallel, sizes[0], sizes[MEASURED / 2],
                sizes[MEASURED - 1], hit);
        assertThat(sizes[MEASURED - 1]).as("largest image in bytes").isLessThan(64 * 1024);
        assertThat(Arrays.stream(cached).sorted().toArray()).isEqualTo(sizes);
        assertThat(ShareImagesTest.decode(images.png(card(0))).getWidth()).isEqualTo(ShareImages.WIDTH);
    }

    private static int[] render(ShareImages images, int first, int count) {
        return IntStream.range(first, first + count).map(i -> images.png(card(i)).length).toArray();
    }

    /** Every card distinct, so that only the timed cache pass hits the cache. */
    private static ShareCard card(int i) {
        return new ShareCard("Fachkräftekongress 2025", TITLES.get(i % TITLES.size()) + " (" + i + ")",
                "25. Februar 2025 · Cafe Moskau, Berlin", "Bundesministerium für Arbeit und Soziales (BMAS)");
    }
}
