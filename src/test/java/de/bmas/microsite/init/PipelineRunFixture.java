package de.bmas.microsite.init;

import de.bmas.microsite.testing.ContentFixture;
import de.bmas.microsite.testing.Prerequisite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pipeline runs {@link PipelineRunTest} looks at, each made once, when a test first asks for it: the files
 * {@code init} writes, run against its folder ("entwurf") and against a copy with every placeholder replaced
 * ("fertig"), with the variables and secrets a project would set. The runs are what take the time, so they are shared.
 */
final class PipelineRunFixture implements AutoCloseable {

    private static final String BASE_URL = "https://veranstaltung.example";
    static final String SHA = "3f786850e387550fdab836ed7e6dc881de23001b";
    static final Instant COMMITTED = Instant.parse("2025-02-26T09:30:00Z");

    private final Path temp;
    private final PipelineShell shell;
    private final PipelineFiles draft;
    private final Path finished;
    private List<GitHubActionsRun.Step> gitHubPullRequest;
    private GitHubMain gitHubMain;
    private List<GitLabPipelineRun.Job> gitLabMergeRequest;
    private GitLabMain gitLabMain;

    record GitHubMain(GitHubActionsRun run, Path server, List<GitHubActionsRun.Step> steps,
                      List<GitHubActionsRun.Step> objectStore, List<GitHubActionsRun.Step> noWay) {
    }

    record GitLabMain(Path server, List<GitLabPipelineRun.Job> jobs, GitLabPipelineRun.Job objectStore,
                      GitLabPipelineRun.Job noWay) {
    }

    private PipelineRunFixture(Path temp, PipelineShell shell, PipelineFiles draft, Path finished) {
        this.temp = temp;
        this.shell = shell;
        this.draft = draft;
        this.finished = finished;
    }

    /** Writes both folders in {@code temp}; the shell starts last, so that nothing is left running if a step fails. */
    static PipelineRunFixture start(Path temp) throws IOException {
        for (String tool : List.of("bash", "curl", "sha256sum", "rsync")) {
            Prerequisite.requireOnPath(tool, "the pipelines' scripts need it");
        }
        PipelineFiles draft = PipelineFiles.init(temp.resolve("entwurf"));
        Path finished = temp.resolve("fertig");
        ContentFixture.copyTree(draft.folder(), finished);
        replacePlaceholders(finished);
        return new PipelineRunFixture(temp, PipelineShell.start(temp), draft, finished);
    }

    @Override
    public void close() {
        shell.close();
    }

    PipelineShell shell() {
        return shell;
    }

    PipelineFiles draft() {
        return draft;
    }

    Path finished() {
        return finished;
    }

    List<GitHubActionsRun.Step> gitHubPullRequest() {
        if (gitHubPullRequest == null) {
            gitHubPullRequest = new GitHubActionsRun(draft.gitHub(), shell.separateJvmFor("check"), draft.folder(),
                    directory("github-pull-request")).run("pull_request", gitHubSettings(6, ""));
        }
        return gitHubPullRequest;
    }

    GitHubMain gitHubMain() {
        if (gitHubMain == null) {
            serverWithEngine(temp.resolve("github-server"));
            Path repository = temp.resolve("github-repository");
            ContentFixture.copyTree(finished, repository);
            commit(repository, COMMITTED);
            GitHubActionsRun run = new GitHubActionsRun(draft.gitHub(), shell, repository, directory("github-main"));
            List<GitHubActionsRun.Step> steps = run.run("push", gitHubSettings(7, "server"));
            List<GitHubActionsRun.Step> objectStore = run.rerun("publish", "push",
                    gitHubSettings(7, "object-store", temp.resolve("home-github-object-store")));
            List<GitHubActionsRun.Step> noWay = run.rerun("publish", "push", gitHubSettings(7, ""));
            gitHubMain = new GitHubMain(run, temp.resolve("github-server"), steps, objectStore, noWay);
        }
        return gitHubMain;
    }

    List<GitLabPipelineRun.Job> gitLabMergeRequest() {
        if (gitLabMergeRequest == null) {
            Map<String, String> predefined = gitLabPredefined();
            predefined.put("CI_PIPELINE_SOURCE", "merge_request_event");
            gitLabMergeRequest = new GitLabPipelineRun(draft.gitLab(), shell, draft.folder(),
                    directory("gitlab-merge-request")).run(predefined, gitLabSettings(""));
        }
        return gitLabMergeRequest;
    }

    GitLabMain gitLabMain() {
        if (gitLabMain == null) {
            Map<String, String> predefined = gitLabPredefined();
            predefined.put("CI_PIPELINE_SOURCE", "push");
            predefined.put("CI_COMMIT_BRANCH", "main");
            serverWithEngine(temp.resolve("gitlab-server"));
            GitLabPipelineRun run = new GitLabPipelineRun(draft.gitLab(), shell, finished, directory("gitlab-main"));
            List<GitLabPipelineRun.Job> jobs = run.run(predefined, gitLabSettings("server"));
            Map<String, String> objectStoreSettings = gitLabSettings("object-store");
            objectStoreSettings.put("HOME", directory("home-gitlab-object-store").toString());
            GitLabPipelineRun.Job objectStore = run.rerun("veroeffentlichen-objektspeicher", predefined,
                    objectStoreSettings);
            GitLabPipelineRun.Job noWay = run.rerun("veroeffentlichungsweg-fehlt", predefined, gitLabSettings(""));
            gitLabMain = new GitLabMain(temp.resolve("gitlab-server"), jobs, objectStore, noWay);
        }
        return gitLabMain;
    }

    GitHubActionsRun.Settings gitHubSettings(int runNumber, String publish) {
        return gitHubSettings(runNumber, publish, directory("home-github-" + runNumber + "-" + publish));
    }

    private GitHubActionsRun.Settings gitHubSettings(int runNumber, String publish, Path home) {
        Map<String, String> vars = new HashMap<>(Map.of("MICROSITE_JAR_URL", shell.jarUrl(),
                "MICROSITE_JAR_SHA256", shell.jarSha256(), "MICROSITE_BASE_URL", BASE_URL,
                "DEPLOY_PATH", temp.resolve("github-server").toString(), "S3_BUCKET", "s3://veranstaltung",
                "AWS_REGION", "eu-central-1"));
        if (!publish.isEmpty()) {
            vars.put("MICROSITE_PUBLISH", publish);
        }
        Map<String, String> secrets = Map.of("AWS_ACCESS_KEY_ID", "test", "AWS_SECRET_ACCESS_KEY", "test");
        return new GitHubActionsRun.Settings(vars, secrets, runNumber, SHA, directory(home));
    }

    private static Map<String, String> gitLabPredefined() {
        return new HashMap<>(Map.of("CI_DEFAULT_BRANCH", "main", "CI_PIPELINE_IID", "41", "CI_COMMIT_SHA", SHA,
                "CI_COMMIT_SHORT_SHA", SHA.substring(0, 8)));
    }

    private Map<String, String> gitLabSettings(String publish) {
        Map<String, String> settings = new HashMap<>(Map.of("MICROSITE_JAR_URL", shell.jarUrl(),
                "MICROSITE_JAR_SHA256", shell.jarSha256(), "MICROSITE_BASE_URL", BASE_URL,
                "DEPLOY_PATH", temp.resolve("gitlab-server").toString(), "S3_BUCKET", "s3://veranstaltung",
                "AWS_REGION", "eu-central-1", "AWS_ACCESS_KEY_ID", "test", "AWS_SECRET_ACCESS_KEY", "test"));
        if (!publish.isEmpty()) {
            settings.put("MICROSITE_PUBLISH", publish);
        }
        return settings;
    }

    /** What the editors do before a release: every placeholder replaced, every page's mark removed. */
    private static void replacePlaceholders(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(file -> file.toString().endsWith(".md")
                    && !file.getFileName().toString().equals("README.md")).toList()) {
                Files.writeString(file, Files.readString(file)
                        .replace("placeholder: true\n", "")
                        .replaceAll("\\[Platzhalter:[^]]*]", "Angabe der Redaktion")
                        .replace("example.org", "example.com"));
            }
        }
    }

    Path directory(String name) {
        return directory(temp.resolve(name));
    }

    private static Path directory(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A folder that stands for the server: {@code server/microsite.jar}, the server's own engine, which
     * publish-server.sh runs ("check") on each release before the switch (the java stand-in runs it in the test's JVM).
     */
    static Path serverWithEngine(Path server) {
        try {
            Files.createDirectories(server);
            Files.writeString(server.resolve("microsite.jar"), "the server's microsite.jar");
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes {@code folder} a Git repository with one commit of everything at {@code when}. */
    static void commit(Path folder, Instant when) {
        String date = when.toString();
        for (List<String> command : List.of(List.of("git", "init", "-q"), List.of("git", "add", "-A"),
                List.of("git", "-c", "user.name=Test", "-c", "user.email=test@example.invalid", "commit", "-q",
                        "-m", "Inhalt"))) {
            try {
                ProcessBuilder git = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true);
                git.environment().put("GIT_AUTHOR_DATE", date);
                git.environment().put("GIT_COMMITTER_DATE", date);
                Process process = git.start();
                String output = new String(process.getInputStream().readAllBytes());
                assertThat(process.waitFor()).as(command + "\n" + output).isZero();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
