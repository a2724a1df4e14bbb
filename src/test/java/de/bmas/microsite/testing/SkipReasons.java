package de.bmas.microsite.testing;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Says on the console why checks were skipped (a missing Chromium or Nu Html Checker), once per reason with the
 * number of tests: Maven itself reports only "Skipped: 240". Registered for every run through
 * {@code META-INF/services}. It writes to the process's own error stream, because Maven files away what tests print.
 */
public final class SkipReasons implements TestExecutionListener {

    private final Map<String, Integer> reasons = new TreeMap<>();

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        count(reason);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            count(result.getThrowable().map(Throwable::getMessage).orElse("no reason given"));
        }
    }

    private synchronized void count(String reason) {
        reasons.merge(reason == null ? "no reason given" : reason.replaceFirst("^Assumption failed: ", ""), 1,
                Integer::sum);
    }

    @Override
    public synchronized void testPlanExecutionFinished(TestPlan plan) {
        if (reasons.isEmpty()) {
            return;
        }
        PrintStream console = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        reasons.forEach((reason, tests) -> console.println("Skipped " + tests + (tests == 1 ? " test: " : " tests: ")
                + reason));
        reasons.clear();
    }
}
