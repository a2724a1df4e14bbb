package de.bmas.microsite.testing;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * External tools the checks need (Chromium, the Nu Html Checker, nginx, the pipelines' shell tools). A developer
 * without them gets skipped tests with a message; CI ({@code CI=true}, see {@code .ci/run}) must have them, so
 * there a missing tool fails the build.
 */
public final class Prerequisite {

    private Prerequisite() {
    }

    public static void require(Path file, String what, String install) {
        boolean present = Files.isRegularFile(file) && (Files.isExecutable(file) || file.toString().endsWith(".jar"));
        require(present, what + " not found at " + file + "; install it with: " + install);
    }

    public static void requireOnPath(String tool, String why) {
        boolean found = Stream.of(System.getenv("PATH").split(":"))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
        require(found, tool + " is not on the PATH; " + why);
    }

    private static void require(boolean present, String message) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.assertTrue(present, message);
        } else {
            Assumptions.assumeTrue(present, message + " (skipped; with CI=true this fails)");
        }
    }
}
