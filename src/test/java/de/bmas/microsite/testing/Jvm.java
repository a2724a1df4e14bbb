package de.bmas.microsite.testing;

import de.bmas.microsite.MicrositeApplication;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
}
