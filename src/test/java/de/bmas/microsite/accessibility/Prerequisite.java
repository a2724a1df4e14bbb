package de.bmas.microsite.accessibility;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * External tools the checks need (Chromium, the Nu Html Checker). A developer without them gets skipped tests
 * with a message; CI ({@code CI=true}) must have them, so there a missing tool fails the build.
 */
final class Prerequisite {

    private Prerequisite() {
    }

    static void require(Path file, String what, String install) {
        boolean present = Files.isRegularFile(file) && (Files.isExecutable(file) || file.toString().endsWith(".jar"));
        String message = what + " not found at " + file + "; install it with: " + install;
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.assertTrue(present, message);
        } else {
            Assumptions.assumeTrue(present, message + " (skipped; with CI=true this fails)");
        }
    }
}
