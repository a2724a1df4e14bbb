package de.bmas.microsite.testing;

import de.bmas.microsite.MicrositeApplication;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The application's command line in a JVM of its own, as {@code java -jar microsite.jar …} runs it, for tests
 * whose subject is that process (its exit status, its two streams, its working directory).
 */
public final class Jvm {

    /**
     * Such a process lives a few seconds, in which the optimising compiler costs more than it saves, beside the test
     * JVM on the same two cores: with the first compiler tier and a single-threaded collector it starts faster, and
     * what it prints and writes stays the same.
     */
    private static final List<String> SHORT_LIVED = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private Jvm() {
    }

    /** {@code java … -cp <this test run's class path> MicrositeApplication args…}. */
    public static List<String> application(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(SHORT_LIVED);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), MicrositeApplication.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    /**
     * Runs {@code command} in {@code workingDir} to its end, at most three minutes: its exit status and what it
     * printed to each stream.
     */
    public static InProcess.Result run(Path workingDir, List<String> command) throws IOException, InterruptedException {
        Path stdout = Files.createTempFile("command", ".out");
        Path stderr = Files.createTempFile("command", ".err");
        try {
            Process process = new ProcessBuilder(command).directory(workingDir.toFile())
                    .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
            if (!process.waitFor(3, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("did not end within 3 minutes: " + command);
            }
            return new InProcess.Result(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                    Files.readString(stderr, StandardCharsets.UTF_8));
        } finally {
            Files.delete(stdout);
            Files.delete(stderr);
        }
    }
}
