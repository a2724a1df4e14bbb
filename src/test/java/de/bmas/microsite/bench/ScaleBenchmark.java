package de.bmas.microsite.bench;

import de.bmas.microsite.MicrositeApplication;
import de.bmas.microsite.export.StaticExporter;
import de.bmas.microsite.site.Site;
import de.bmas.microsite.site.SiteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.sun.management.OperatingSystemMXBean;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Load + render + export for 100, 1,000 and 10,000 generated sessions: time after start-up (the first run, with
 * a cold JIT, as the {@code export} command sees it; and the best of the following runs), the heap that one built
 * site keeps, and the export's size. Not part of the normal build: {@code mvn -Pbenchmark test}.
 */
class ScaleBenchmark {

    /** {@code -Dbenchmark.sessions=1000} runs one size only, for profiling. */
    private static final int[] SIZES = System.getProperty("benchmark.sessions") == null
            ? new int[]{100, 1_000, 10_000}
            : new int[]{Integer.parseInt(System.getProperty("benchmark.sessions"))};
    private static final int SIZES_FOR_LINEARITY = 3;
    /** On 2 cores the JIT needs about ten exports of 1,000 sessions until the time stops falling. */
    private static final int WARM_RUNS = 10;

    /** Times in milliseconds; CPU is the whole process's, so it counts the JIT and the garbage collector too. */
    record Result(int sessions, int files, long exportBytes, double coldMillis, double coldCpuMillis,
                  double warmMillis, double warmCpuMillis, long heapBytes) {
    }

    @TempDir
    Path temp;

    @Test
    void exportGrowsLinearlyWithTheNumberOfSessions() throws IOException {
        List<Result> results = new ArrayList<>();
        for (int sessions : SIZES) {
            results.add(measure(sessions));
        }
        System.out.println(table(results));
        if (results.size() == SIZES_FOR_LINEARITY) {
            // linear growth: ten times the sessions may cost ten times as much, not a hundred times
            assertThat(results.get(2).warmCpuMillis() / 10_000).isLessThan(3 * results.get(1).warmCpuMillis() / 1_000);
        }
    }

    private Result measure(int sessions) throws IOException {
        Path content = temp.resolve("content-" + sessions);
        ContentGenerator.write(content, sessions);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(MicrositeApplication.class)
                .web(WebApplicationType.NONE)
                .run("--spring.main.banner-mode=off", "--logging.level.root=warn",
                        "--microsite.content-dir=" + content, "--microsite.base-url=https://kongress.example")) {
            StaticExporter exporter = context.getBean(StaticExporter.class);
            double[] cold = timeExport(exporter, temp.resolve("export-" + sessions + "-0"));
            double[] warm = {Double.MAX_VALUE, Double.MAX_VALUE};
            for (int run = 1; run <= WARM_RUNS; run++) {
                double[] time = timeExport(exporter, temp.resolve("export-" + sessions + "-" + run));
                warm = new double[]{Math.min(warm[0], time[0]), Math.min(warm[1], time[1])};
            }
            Path export = temp.resolve("export-" + sessions + "-0");
            return new Result(sessions, fileCount(export), size(export), cold[0], cold[1], warm[0], warm[1],
                    retainedHeap(context.getBean(SiteBuilder.class)));
        }
    }

    /** Wall time and process CPU time of one export, in milliseconds. */
    private static double[] timeExport(StaticExporter exporter, Path out) {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long started = System.nanoTime();
        assertThat(exporter.export(out)).isTrue();
        return new double[]{(System.nanoTime() - started) / 1e6, (os.getProcessCpuTime() - cpu) / 1e6};
    }

    /** The heap one built site holds: what the server keeps in memory for this content. */
    private static long retainedHeap(SiteBuilder builder) {
        long before = usedHeapAfterGc();
        Site site = builder.build().site().orElseThrow();
        long after = usedHeapAfterGc();
        assertThat(site.rendered().responses()).isNotEmpty();
        return after - before;
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static int fileCount(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return (int) files.filter(Files::isRegularFile).count();
        }
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private static String table(List<Result> results) {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%nProcessors: %d, max heap: %d MB%n| sessions | files | export MB | first run ms (CPU) "
                        + "| best run ms (CPU) | best CPU µs/session | site heap MB |%n|---:|---:|---:|---:|---:|---:|---:|%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20));
        for (Result r : results) {
            table.append(String.format(Locale.ROOT, "| %,d | %,d | %.1f | %,.0f (%,.0f) | %,.0f (%,.0f) | %.0f | %.1f |%n",
                    r.sessions(), r.files(), r.exportBytes() / 1e6, r.coldMillis(), r.coldCpuMillis(),
                    r.warmMillis(), r.warmCpuMillis(), r.warmCpuMillis() * 1000 / r.sessions(), r.heapBytes() / 1e6));
        }
        return table.toString();
    }
}
