package de.bmas.microsite.export;

import de.bmas.microsite.testing.Jvm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the application's command line in a JVM of its own, as {@code java -jar microsite.jar …} would. */
final class Cli {

    /** Exit status and everything the command printed. */
    record Result(int status, String output) {
    }

    private Cli() {
    }

    static Result run(String... args) throws IOException, InterruptedException {
        List<String> command = Jvm.application(args);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("command did not finish: " + command);
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
