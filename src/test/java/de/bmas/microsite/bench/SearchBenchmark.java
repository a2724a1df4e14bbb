package de.bmas.microsite.bench;

import de.bmas.microsite.content.source.Slugs;
import de.bmas.microsite.MicrositeApplication;
import de.bmas.microsite.search.SearchDocument.Kind;
import de.bmas.microsite.search.SearchHit;
import de.bmas.microsite.search.SearchIndex;
import de.bmas.microsite.search.SearchOutcome;
import de.bmas.microsite.site.Site;
import de.bmas.microsite.site.SiteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search index at 1,000 and 10,000 generated sessions: its build time and heap next to the site's own build
 * (load + render, which builds the index once for the A–Z page, so the site without search takes the difference),
 * in-process query latency, and precision@1 of a relevance set written for the generated content. The latency
 * of whole results pages under load is {@code src/test/bench/search-load.sh}. Not part of the normal build: {@code mvn -Pbenchmark test -Dtest=SearchBenchmark}
 * ({@code -Dbenchmark.sessions=N} for one size).
 */
class SearchBenchmark {

    private static final int[] SIZES = System.getProperty("benchmark.sessions") == null
            ? new int[]{1_000, 10_000}
            : new int[]{Integer.parseInt(System.getProperty("benchmark.sessions"))};
    private static final int BUILDS = 2;
    private static final int WARM_UP_QUERIES = 3_000;
    private static final int TIMED_QUERIES = 10_000;
    private static final int THREADS = 4;

    /** A query and the first result a visitor expects: the kind and title of the page. */
    private record Expected(String query, Kind kind, String title) {
    }

    private static final List<Expected> RELEVANCE = List.of(
            topic("Zuwanderung Pflege", "Zuwanderung in der Pflege"),
            topic("Zuwanderung in der Pflege", "Zuwanderung in der Pflege"),
            topic("Weiterbildung Handwerk", "Weiterbildung im Handwerk"),
            topic("Weiterbildungen im Handwerk", "Weiterbildung im Handwerk"),
            topic("Digitalisierung Industrie", "Digitalisierung in der Industrie"),
            topic("Gleichstellung Logistik", "Gleichstellung in der Logistik"),
            topic("Gleichstelung Logistik", "Gleichstellung in der Logistik"),
            topic("Arbeitskultur IT-Branche", "Arbeitskultur in der IT-Branche"),
            topic("Arbeitskultur IT Branche", "Arbeitskultur in der IT-Branche"),
            topic("Gesundheit am Arbeitsplatz Pflege", "Gesundheit am Arbeitsplatz in der Pflege"),
            topic("Fachkraeftesicherung Handwerk", "Fachkräftesicherung im Handwerk"),
            topic("Fachkraftesicherung Industrie", "Fachkräftesicherung in der Industrie"),
            topic("Ausbildung Logistik", "Ausbildung in der Logistik"),
            topic("Sicherung Pflege", "Fachkräftesicherung in der Pflege"),
            topic("Arbeitsplatzgesundheit Handwerk", "Gesundheit am Arbeitsplatz im Handwerk"),
            person("Fatma Öztürk"), person("Fatma Oeztuerk", "Fatma Öztürk"), person("Fatma Ozturk", "Fatma Öztürk"),
            person("Mehmet Yılmaz"), person("Mehmet Yilmaz", "Mehmet Yılmaz"), person("Dariusz Kowalski"),
            person("Katharina Schaefer", "Katharina Schäfer"), person("Olena Kruger", "Olena Krüger"),
            person("Lukas Hartman", "Lukas Hartmann"), person("Miriam Schmitd", "Miriam Schmidt"),
            session("Fachkräfte in der Gastronomie: Chancen für Quereinsteigende",
                    "Fachkräfte in der Gastronomie: Chancen für Quereinsteigende"),
            session("Quereinsteigende Gastronomie", "Fachkräfte in der Gastronomie: Chancen für Quereinsteigende"),
            session("Engpass Energiewende", "Fachkräfte in der Energiewende: Wege aus dem Engpass"),
            session("Kindertagesbetreuung Integration", "Fachkräfte in der Kindertagesbetreuung: wie Integration gelingt"),
            session("Kindertagesbetreung Integration", "Fachkräfte in der Kindertagesbetreuung: wie Integration gelingt"),
            session("Bauwirtschaft Praxis Beispiele", "Fachkräfte in der Bauwirtschaft: Beispiele aus der Praxis"),
            session("Erfahrungen Regionen Einzelhandel", "Fachkräfte im Einzelhandel: Erfahrungen aus den Regionen"));
    /** Relevance queries plus single words, names and typos as visitors type them. */
    private static final List<String> LATENCY_MIX = new ArrayList<>(RELEVANCE.stream().map(Expected::query).toList());

    static {
        LATENCY_MIX.addAll(List.of("Pflege", "Sprachkurse", "Anerkennungsverfahren", "Mentoring", "Öztürk",
                "Kinderbetreuung", "Visaverfahren", "Teilzeitausbildung", "Arbeitszeitmodelle", "Hochschulen",
                "Musterstadt", "Handwerkskammer", "Zuwanderung", "Fachkräfte", "Betriebe", "Wohnraum", "Berufsschulen",
                "Lernplattformen", "Abwanderung", "Quereinsteigende", "Energiewnde", "Digitalisirung", "Ausbildungen",
                "xyzzy", "und", "Netzwerke Region", "wertschätzende Unternehmenskultur"));
    }

    private static Expected topic(String query, String title) {
        return new Expected(query, Kind.TOPIC, title);
    }

    private static Expected person(String name) {
        return person(name, name);
    }

    private static Expected person(String query, String name) {
        return new Expected(query, Kind.PERSON, name);
    }

    private static Expected session(String query, String title) {
        return new Expected(query, Kind.SESSION, title);
    }

    @TempDir
    Path temp;

    @Test
    void searchIndexAtScale() {
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "%nProcessors: %d, max heap: %d MB%n| sessions | site build ms (first / second) | index build ms "
                        + "(first / second) | index / site without it | site heap MB | index heap MB | query p50 / p99 ms, 1 thread "
                        + "| p50 / p99 ms, %d threads | precision@1 |%n|---:|---:|---:|---:|---:|---:|---:|---:|---:|%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, THREADS));
        StringBuilder misses = new StringBuilder();
        for (int sessions : SIZES) {
            measure(sessions, report, misses);
        }
        System.out.println(report + "\nMisses (query → first result instead of expected):\n" + misses);
    }

    private void measure(int sessions, StringBuilder report, StringBuilder misses) {
        Path content = temp.resolve("content-" + sessions);
        ContentGenerator.write(content, sessions);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(MicrositeApplication.class)
                .web(WebApplicationType.NONE)
                .run("--spring.main.banner-mode=off", "--logging.level.root=warn",
                        "--microsite.content-dir=" + content, "--microsite.base-url=https://kongress.example")) {
            SiteBuilder builder = context.getBean(SiteBuilder.class);
            double[] siteMillis = time(() -> builder.build().site().orElseThrow());
            long before = usedHeapAfterGc();
            Site site = builder.build().site().orElseThrow();
            long siteHeap = usedHeapAfterGc() - before;
            double[] indexMillis = time(() -> SearchIndex.of(site.snapshot()));
            before = usedHeapAfterGc();
            SearchIndex index = SearchIndex.of(site.snapshot());
            long indexHeap = usedHeapAfterGc() - before;
            double[] single = latencies(index, 1);
            double[] parallel = latencies(index, THREADS);
            int right = relevance(index, sessions, misses);
            report.append(String.format(Locale.ROOT,
                    "| %,d | %,.0f / %,.0f | %,.0f / %,.0f | %+.0f %% | %.1f | %.1f | %.2f / %.2f | %.2f / %.2f "
                            + "| %d/%d = %.2f |%n", sessions, siteMillis[0], siteMillis[1], indexMillis[0],
                    indexMillis[1], 100 * indexMillis[1] / (siteMillis[1] - indexMillis[1]), siteHeap / 1e6,
                    indexHeap / 1e6,
                    single[0], single[1], parallel[0], parallel[1], right, RELEVANCE.size(),
                    (double) right / RELEVANCE.size()));
        }
    }

    /** First and second of {@value #BUILDS} runs, in milliseconds. */
    private static double[] time(Supplier<Object> build) {
        double first = 0;
        double best = Double.MAX_VALUE;
        for (int run = 0; run < BUILDS; run++) {
            long started = System.nanoTime();
            assertThat(build.get()).isNotNull();
            double millis = (System.nanoTime() - started) / 1e6;
            first = run == 0 ? millis : first;
            best = Math.min(best, millis);
        }
        return new double[]{first, best};
    }

    /** p50 and p99 in milliseconds over {@value #TIMED_QUERIES} queries spread over {@code threads} threads. */
    private static double[] latencies(SearchIndex index, int threads) {
        for (int i = 0; i < WARM_UP_QUERIES; i++) {
            index.search(LATENCY_MIX.get(i % LATENCY_MIX.size()), 1);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<long[]>> runs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                runs.add(pool.submit(() -> {
                    long[] nanos = new long[TIMED_QUERIES / threads];
                    for (int i = 0; i < nanos.length; i++) {
                        String query = LATENCY_MIX.get((i * threads + offset) % LATENCY_MIX.size());
                        long started = System.nanoTime();
                        index.search(query, 1);
                        nanos[i] = System.nanoTime() - started;
                    }
                    return nanos;
                }));
            }
            long[] all = new long[0];
            for (Future<long[]> run : runs) {
                long[] nanos = run.get();
                long[] joined = Arrays.copyOf(all, all.length + nanos.length);
                System.arraycopy(nanos, 0, joined, all.length, nanos.length);
                all = joined;
            }
            Arrays.sort(all);
            return new double[]{all[all.length / 2] / 1e6, all[(int) (all.length * 0.99)] / 1e6};
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static int relevance(SearchIndex index, int sessions, StringBuilder misses) {
        int right = 0;
        for (Expected expected : RELEVANCE) {
            SearchOutcome outcome = index.search(expected.query(), 1);
            List<SearchHit> hits = outcome instanceof SearchOutcome.Found found ? found.hits() : List.of();
            SearchHit first = hits.isEmpty() ? null : hits.get(0);
            boolean hit = first != null && first.kind() == expected.kind() && first.title().equals(expected.title())
                    && (expected.kind() != Kind.PERSON || first.route().equals("/personen/" + Slugs.suggest(
                    expected.title())));
            if (hit) {
                right++;
            } else {
                misses.append(String.format(Locale.ROOT, "- %,d sessions: „%s“ → %s instead of %s „%s“%n", sessions,
                        expected.query(), first == null ? "nothing" : first.kind().label() + " „" + first.title() + "“",
                        expected.kind().label(), expected.title()));
            }
        }
        return right;
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
