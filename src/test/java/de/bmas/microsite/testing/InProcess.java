package de.bmas.microsite.testing;

import de.bmas.microsite.MicrositeApplication;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Runs a command of {@code java -jar microsite.jar} in this JVM, as {@link MicrositeApplication#main} would, with
 * what it prints to stdout and stderr (logs included) captured instead of shown: a JVM of its own takes seconds to
 * start, and a test asserts the output rather than printing it.
 */
public final class InProcess {

    /** Exit status and the two streams. */
    public record Result(int status, String stdout, String stderr) {

        public String output() {
            return stdout + stderr;
        }
    }

    private InProcess() {
    }

    public static synchronized Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int status = MicrositeApplication.run(args);
            return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }
}
