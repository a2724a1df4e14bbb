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
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs a GitLab CI pipeline as a runner would, as far as the file {@code init} writes goes: workflow and job
 * {@code rules} ({@code if} with {@code ==}, {@code !=} and {@code &&}), stages in order, {@code needs},
 * {@code extends} of one hidden job, variables (the file's, overridden by the project's settings, expanded), a
 * fresh checkout per job with the artifacts of the jobs it needs (or of all earlier stages), and
 * {@code before_script} and {@code script} through {@link PipelineShell}. Lines that install packages into the
 * job's image ({@code apk add}) are left out: this machine has the tools already.
 */
final class GitLabPipelineRun {

    /** A job that ran; {@code dir} is its checkout, with what it wrote. */
    record Job(String name, String stage, int status, String output, Path dir) {
    }

    private static final Set<String> KEYWORDS = Set.of("workflow", "stages", "variables", "default", "include",
            "image", "services", "before_script", "after_script", "cache");
    private static final Pattern TERM = Pattern.compile("\\$(\\w+)\\s*(==|!=)\\s*(?:\"([^\"]*)\"|\\$(\\w+))");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?(\\w+)}?");

    private final JsonNode pipeline;
    private final PipelineShell shell;
    private final Path repository;
    private final Path work;
    private final Map<String, Job> done = new LinkedHashMap<>();
    private int jobNumber;

    GitLabPipelineRun(JsonNode pipeline, PipelineShell shell, Path repository, Path work) {
        this.pipeline = pipeline;
        this.shell = shell;
        this.repository = repository;
        this.work = work;
    }

    /** Runs the pipeline with GitLab's predefined variables and the project's CI/CD variables. */
    List<Job> run(Map<String, String> predefined, Map<String, String> settings) {
        Map<String, String> variables = new HashMap<>(predefined);
        variables.putAll(settings);
        if (!matches(pipeline.path("workflow").path("rules"), variables)) {
            return List.of();
        }
        List<Job> ran = new ArrayList<>();
        for (JsonNode stage : pipeline.get("stages")) {
            for (Map.Entry<String, JsonNode> job : pipeline.properties()) {
                if (isJob(job.getKey()) && job.getValue().get("stage").asString().equals(stage.asString())
                        && matches(job.getValue().path("rules"), variables) && ready(job.getValue())) {
                    Job result = runJob(job.getKey(), job.getValue(), predefined, settings);
                    done.put(job.getKey(), result);
                    ran.add(result);
                }
            }
        }
        return ran;
    }

    /** Runs one job again, as "Retry" does, with the artifacts of the jobs that ran before. */
    Job rerun(String name, Map<String, String> predefined, Map<String, String> settings) {
        Job result = runJob(name, pipeline.get(name), predefined, settings);
        done.put(name, result);
        return result;
    }

    /** Names of the jobs in the file (hidden templates such as {@code .engine} are none). */
    List<String> jobNames() {
        return pipeline.propertyNames().stream().filter(GitLabPipelineRun::isJob).toList();
    }

    private static boolean isJob(String key) {
        return !KEYWORDS.contains(key) && !key.startsWith(".");
    }

    /** With needs, the needed jobs must have succeeded; without, every job of the earlier stages. */
    private boolean ready(JsonNode job) {
        if (job.has("needs")) {
            return needs(job).keySet().stream()
                    .allMatch(name -> done.containsKey(name) && done.get(name).status() == 0);
        }
        return earlierStages(job).allMatch(earlier -> earlier.status() == 0);
    }

    private Stream<Job> earlierStages(JsonNode job) {
        String stage = job.get("stage").asString();
        return done.values().stream().filter(earlier -> !earlier.stage().equals(stage));
    }

    private Job runJob(String name, JsonNode job, Map<String, String> predefined, Map<String, String> settings) {
        Path dir = directory(name);
        ContentFixture.copyTree(repository, dir);
        artifactsFor(job).forEach(from -> copyArtifacts(from, dir));
        Map<String, String> env = new HashMap<>(predefined);
        env.put("CI_PROJECT_DIR", dir.toString());
        env.put("HOME", directory(name + "-home").toString());
        pipeline.path("variables").properties().forEach(variable ->
                env.put(variable.getKey(), expand(variable.getValue().asString(), env)));
        env.putAll(settings);
        List<String> lines = new ArrayList<>();
        inherited(job, "before_script").forEach(line -> lines.add(line.asString()));
        job.get("script").forEach(line -> lines.add(line.asString()));
        String script = String.join("\n", lines.stream().filter(line -> !line.startsWith("apk add ")).toList());
        PipelineShell.Result result = shell.run(script, dir, env);
        return new Job(name, job.get("stage").asString(), result.status(), result.output(), dir);
    }

    private JsonNode inherited(JsonNode job, String key) {
        if (job.has(key) || !job.has("extends")) {
            return job.path(key);
        }
        return pipeline.get(job.get("extends").asString()).path(key);
    }

    /** The jobs whose artifacts this job gets: the needed ones that pass theirs, or those of earlier stages. */
    private List<Job> artifactsFor(JsonNode job) {
        if (!job.has("needs")) {
            return earlierStages(job).toList();
        }
        return needs(job).entrySet().stream().filter(Map.Entry::getValue)
                .map(need -> done.get(need.getKey())).toList();
    }

    private static Map<String, Boolean> needs(JsonNode job) {
        Map<String, Boolean> needs = new LinkedHashMap<>();
        job.path("needs").forEach(need -> {
            if (need.isString()) {
                needs.put(need.asString(), true);
            } else {
                needs.put(need.get("job").asString(), need.path("artifacts").asBoolean(true));
            }
        });
        return needs;
    }

    /** A failed job uploads its artifacts only with {@code when: always}. */
    private void copyArtifacts(Job from, Path dir) {
        JsonNode artifacts = pipeline.get(from.name()).path("artifacts");
        if (from.status() != 0 && !artifacts.path("when").asString("").equals("always")) {
            return;
        }
        artifacts.path("paths").forEach(path -> {
            Path source = from.dir().resolve(path.asString());
            if (Files.exists(source)) {
                ContentFixture.copyTree(source, dir.resolve(path.asString()));
            }
        });
    }

    /** The first rule whose {@code if} holds lets the job (or pipeline) run; no rules: it runs. */
    private static boolean matches(JsonNode rules, Map<String, String> variables) {
        if (rules.isMissingNode()) {
            return true;
        }
        for (JsonNode rule : rules) {
            if (holds(rule.get("if").asString(), variables)) {
                return true;
            }
        }
        return false;
    }

    private static boolean holds(String condition, Map<String, String> variables) {
        for (String term : condition.split("&&")) {
            Matcher comparison = TERM.matcher(term.strip());
            if (!comparison.matches()) {
                throw new AssertionError("the test evaluates no rule " + term);
            }
            String left = variables.get(comparison.group(1));
            String right = comparison.group(3) != null ? comparison.group(3) : variables.get(comparison.group(4));
            boolean equal = left != null && left.equals(right);
            if (equal != comparison.group(2).equals("==")) {
                return false;
            }
        }
        return true;
    }

    private static String expand(String value, Map<String, String> variables) {
        return VARIABLE.matcher(value).replaceAll(variable ->
                Matcher.quoteReplacement(variables.getOrDefault(variable.group(1), "")));
    }

    private Path directory(String job) {
        try {
            return Files.createDirectories(work.resolve(++jobNumber + "-" + job));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
