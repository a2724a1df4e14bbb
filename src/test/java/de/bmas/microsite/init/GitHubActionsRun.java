package de.bmas.microsite.init;

import de.bmas.microsite.testing.ContentFixture;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.fail;

/**
 * Runs a GitHub Actions workflow as a runner would, as far as the workflow {@code init} writes goes: jobs in order
 * of their {@code needs}, {@code if} of jobs and steps (event, variables, step outcomes, {@code !cancelled()}; a
 * step without a status function is skipped after a failure), {@code env} from the repository's variables and
 * secrets, {@code run} steps through {@link PipelineShell}, and the four actions it uses: checkout copies the
 * repository into an empty workspace, setup-java is the stand-in on the PATH, upload- and download-artifact copy
 * folders. Any other expression or action fails the test rather than being guessed.
 */
final class GitHubActionsRun {

    /** A step that ran or was skipped ({@code status} -1); {@code name} is its name or its action. */
    record Step(String job, String name, int status, String output) {

        boolean ran() {
            return status >= 0;
        }
    }

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{\\s*(.+?)\\s*}}");
    private static final Pattern COMPARISON = Pattern.compile("([\\w.]+)\\s*(==|!=)\\s*'([^']*)'");
    private static final Pattern CHOICE = Pattern.compile("(.+?)\\s*&&\\s*'([^']*)'\\s*\\|\\|\\s*'([^']*)'");

    private final JsonNode workflow;
    private final PipelineShell shell;
    private final Path repository;
    private final Path work;
    private final Map<String, Path> artifacts = new HashMap<>();
    private final Map<String, Boolean> succeeded = new HashMap<>();
    private int jobNumber;

    /** @param repository the content folder as the branch holds it; every job checks out a copy */
    GitHubActionsRun(JsonNode workflow, PipelineShell shell, Path repository, Path work) {
        this.workflow = workflow;
        this.shell = shell;
        this.repository = repository;
        this.work = work;
    }

    /** Runs the workflow for {@code event} with the repository's settings and the runner's own variables. */
    List<Step> run(String event, Settings settings) {
        List<Step> steps = new ArrayList<>();
        for (Map.Entry<String, JsonNode> job : workflow.get("jobs").properties()) {
            JsonNode needsNode = job.getValue().path("needs");
            List<String> needs = needsNode.isString() ? List.of(needsNode.asString())
                    : needsNode.valueStream().map(JsonNode::asString).toList();
            boolean ready = needs.stream().allMatch(need -> succeeded.getOrDefault(need, false));
            if (ready && condition(job.getValue().path("if").asString("true"), event, settings, Map.of())) {
                steps.addAll(runJob(job.getKey(), event, settings));
            }
        }
        return steps;
    }

    /** Runs one job again, as "Re-run job" does, with the artifacts of the runs before. */
    List<Step> rerun(String job, String event, Settings settings) {
        return runJob(job, event, settings);
    }

    private List<Step> runJob(String name, String event, Settings settings) {
        JsonNode job = workflow.get("jobs").get(name);
        Path workspace = directory("workspace");
        Path temp = directory("temp");
        Map<String, String> outcomes = new LinkedHashMap<>();
        List<Step> steps = new ArrayList<>();
        boolean failed = false;
        for (JsonNode step : job.get("steps")) {
            String label = step.path("name").asString(step.path("uses").asString(""));
            String condition = step.path("if").asString("success()");
            if ((failed && !condition.contains("!cancelled()")) || !condition(condition, event, settings, outcomes)) {
                steps.add(new Step(name, label, -1, ""));
                continue;
            }
            Map<String, String> env = settings.runner(workspace, temp, event);
            env.putAll(environment(job.path("env"), event, settings, temp));
            env.putAll(environment(step.path("env"), event, settings, temp));
            PipelineShell.Result result = step.has("run")
                    ? shell.run(step.get("run").asString(), workspace, env)
                    : action(step, workspace, temp, event, settings);
            steps.add(new Step(name, label, result.status(), result.output()));
            outcomes.put(step.path("id").asString(label), result.status() == 0 ? "success" : "failure");
            failed |= result.status() != 0;
        }
        succeeded.put(name, !failed);
        return steps;
    }

    private PipelineShell.Result action(JsonNode step, Path workspace, Path temp, String event, Settings settings) {
        String uses = step.get("uses").asString();
        JsonNode with = step.path("with");
        String action = uses.substring(0, uses.indexOf('@'));
        switch (action) {
            case "actions/checkout" -> ContentFixture.copyTree(repository, workspace);
            case "actions/setup-java" -> {
                // the stand-in java is on the PATH
            }
            case "actions/upload-artifact" -> {
                Path path = Path.of(expand(with.get("path").asString(), event, settings, temp));
                if (Files.isDirectory(path)) {
                    Path stored = directory("artifact");
                    ContentFixture.copyTree(path, stored);
                    artifacts.put(expand(with.get("name").asString(), event, settings, temp), stored);
                }
            }
            case "actions/download-artifact" -> {
                Path stored = artifacts.get(with.get("name").asString());
                if (stored == null) {
                    return new PipelineShell.Result(1, "", "no artifact " + with.get("name").asString());
                }
                ContentFixture.copyTree(stored, Path.of(expand(with.get("path").asString(), event, settings, temp)));
            }
            default -> fail("the test runs no action " + uses);
        }
        return new PipelineShell.Result(0, "", "");
    }

    private Map<String, String> environment(JsonNode env, String event, Settings settings, Path temp) {
        Map<String, String> values = new LinkedHashMap<>();
        env.properties().forEach(entry -> values.put(entry.getKey(),
                expand(entry.getValue().asString(), event, settings, temp)));
        return values;
    }

    /** {@code ${{ … }}} in a value: settings, {@code runner.temp} and {@code CONDITION && 'a' || 'b'}. */
    private String expand(String text, String event, Settings settings, Path temp) {
        Matcher expression = EXPRESSION.matcher(text);
        StringBuilder out = new StringBuilder();
        while (expression.find()) {
            String inner = expression.group(1);
            Matcher choice = CHOICE.matcher(inner);
            String value;
            if (inner.equals("runner.temp")) {
                value = temp.toString();
            } else if (inner.startsWith("vars.") || inner.startsWith("secrets.")) {
                value = settings.value(inner);
            } else if (choice.matches()) {
                value = condition(choice.group(1), event, settings, Map.of()) ? choice.group(2) : choice.group(3);
            } else {
                throw new AssertionError("the test evaluates no expression " + inner);
            }
            expression.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return expression.appendTail(out).toString();
    }

    /** An {@code if}: terms joined by {@code &&}, each a status function or a comparison with a string. */
    private static boolean condition(String condition, String event, Settings settings, Map<String, String> outcomes) {
        for (String term : condition.split("&&")) {
            term = term.strip();
            if (term.equals("true") || term.equals("success()") || term.equals("!cancelled()")) {
                continue;
            }
            Matcher comparison = COMPARISON.matcher(term);
            if (!comparison.matches()) {
                throw new AssertionError("the test evaluates no condition " + term);
            }
            String name = comparison.group(1);
            String value = name.equals("github.event_name") ? event
                    : name.startsWith("steps.") ? outcomes.getOrDefault(name.split("\\.")[1], "")
                    : settings.value(name);
            if (value.equals(comparison.group(3)) != comparison.group(2).equals("==")) {
                return false;
            }
        }
        return true;
    }

    private Path directory(String kind) {
        try {
            return Files.createDirectories(work.resolve("job-" + ++jobNumber + "-" + kind));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The repository's variables and secrets, and what the runner sets itself.
     *
     * @param runNumber {@code GITHUB_RUN_NUMBER}
     * @param home      {@code HOME}, so that nothing is written to the tester's own
     */
    record Settings(Map<String, String> vars, Map<String, String> secrets, int runNumber, String sha, Path home) {

        String value(String name) {
            String[] parts = name.split("\\.", 2);
            return switch (parts[0]) {
                case "vars" -> vars.getOrDefault(parts[1], "");
                case "secrets" -> secrets.getOrDefault(parts[1], "");
                default -> throw new AssertionError("the test evaluates no " + name);
            };
        }

        Map<String, String> runner(Path workspace, Path temp, String event) {
            return new HashMap<>(Map.of("GITHUB_WORKSPACE", workspace.toString(), "RUNNER_TEMP", temp.toString(),
                    "GITHUB_EVENT_NAME", event, "GITHUB_RUN_NUMBER", String.valueOf(runNumber),
                    "GITHUB_SHA", sha, "HOME", home.toString()));
        }
    }
}
