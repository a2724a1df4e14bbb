package de.bmas.microsite.init;

import de.bmas.microsite.testing.ContentFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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
 * The pipelines {@code init} writes, run against an {@code init} folder the way GitHub's and GitLab's runners would
 * ({@link GitHubActionsRun}, {@link GitLabPipelineRun}): every command line of both files runs, so neither can call
 * a command, an option or a variable that does not exist. The engine runs in this JVM (one check step in a JVM of
 * its own, to see the paths a runner's annotations get); the publishing scripts run for real against a folder
 * that stands for the server (no SSH: DEPLOY_HOST is empty) and against a stand-in for the AWS CLI, which checks
 * each file it is given but uploads nothing.
 */
class PipelineRunTest {

    private static final String BASE_URL = "https://veranstaltung.example";
    private static final String SHA = "3f786850e387550fdab836ed7e6dc881de23001b";

    @TempDir
    static Path temp;

    private static PipelineShell shell;
    private static PipelineFiles draft;
    private static Path finished;
    private static List<GitHubActionsRun.Step> gitHubPullRequest;
    private static GitHubMain gitHubMain;
    private static List<GitLabPipelineRun.Job> gitLabMergeRequest;
    private static GitLabMain gitLabMain;

    private record GitHubMain(GitHubActionsRun run, Path server, List<GitHubActionsRun.Step> steps,
                              List<GitHubActionsRun.Step> objectStore, List<GitHubActionsRun.Step> noWay) {
    }

    private record GitLabMain(Path server, List<GitLabPipelineRun.Job> jobs, GitLabPipelineRun.Job objectStore,
                              GitLabPipelineRun.Job noWay) {
    }

    @BeforeAll
    static void initAndFinish() throws IOException {
        for (String tool : List.of("bash", "curl", "sha256sum", "rsync")) {
            requireOnPath(tool);
        }
        shell = PipelineShell.start(temp);
        draft = PipelineFiles.init(temp.resolve("entwurf"));
        finished = temp.resolve("fertig");
        ContentFixture.copyTree(draft.folder(), finished);
        replacePlaceholders(finished);
    }

    @AfterAll
    static void stop() {
        if (shell != null) {
            shell.close();
        }
    }

    @Test
    void gitHubPullRequestAnnotatesThePlaceholdersAndStillBuildsThePreview() {
        List<GitHubActionsRun.Step> steps = gitHubPullRequest();

        GitHubActionsRun.Step check = step(steps, "Inhalt prüfen");
        assertThat(check.status()).as(check.output()).isEqualTo(1);
        // annotations name files as the repository does, so GitHub shows them on the lines of the change
        assertThat(check.output()).contains("::warning file=seiten/impressum.md,line=5,col=14,",
                "::warning file=veranstaltung.md,line=4,", "Mit --strict zählt jede Warnung wie ein Fehler");
        GitHubActionsRun.Step preview = step(steps, "Vorschau erzeugen");
        assertThat(preview.status()).as(preview.output()).isZero();
        assertThat(preview.output()).contains("ACHTUNG: Der Inhalt enthält noch Platzhalter");
        assertThat(step(steps, "Website erzeugen").ran()).isFalse();
        assertThat(steps).noneMatch(step -> step.job().equals("publish"));
    }

    @Test
    void gitHubPushToMainChecksExportsAndSwitchesTheServersLinkToTheNewRelease() throws IOException {
        GitHubMain main = gitHubMain();
        assertThat(main.steps()).filteredOn(GitHubActionsRun.Step::ran)
                .allSatisfy(step -> assertThat(step.status()).as(step.name() + "\n" + step.output()).isZero())
                .extracting(GitHubActionsRun.Step::name)
                .contains("microsite.jar laden", "Inhalt prüfen", "Website erzeugen", "Auf den Server")
                .doesNotContain("Vorschau erzeugen", "In den Objektspeicher", "Veröffentlichungsweg fehlt");
        Path release = main.server().resolve("releases/7-" + SHA);
        assertThat(Files.readSymbolicLink(main.server().resolve("current"))).isEqualTo(Path.of("releases/7-" + SHA));
        assertThat(files(release)).contains("veranstaltung.md", "seiten/impressum.md", "README.md")
                .noneMatch(file -> file.startsWith(".") || file.contains("/."));
        assertThat(Files.getLastModifiedTime(release.resolve("veranstaltung.md")).toInstant())
                .as("the server has no history: the file carries its commit's time, not the checkout's")
                .isEqualTo(COMMITTED);

        Path session = temp.resolve("github-repository/sessions/beispiel-session.md");
        Files.writeString(session, Files.readString(session).replace("title: Beispiel-Session", "title: Neu"));
        List<GitHubActionsRun.Step> again = main.run().rerun("publish", "push", gitHubSettings(8, "server"));

        assertThat(step(again, "Auf den Server").status()).as(step(again, "Auf den Server").output()).isZero();
        assertThat(Files.readSymbolicLink(main.server().resolve("current"))).isEqualTo(Path.of("releases/8-" + SHA));
        assertThat(main.server().resolve("current/sessions/beispiel-session.md")).content().contains("title: Neu");
        assertThat(release.resolve("sessions/beispiel-session.md")).content().contains("title: Beispiel-Session");
    }

    @Test
    void gitHubPublishesToTheObjectStoreAssetsFirst() throws IOException {
        List<GitHubActionsRun.Step> steps = gitHubMain().objectStore();

        GitHubActionsRun.Step upload = step(steps, "In den Objektspeicher");
        assertThat(upload.status()).as(upload.output()).isZero();
        assertUploadOrder(temp.resolve("home-github-object-store/aws-calls"));
    }

    @Test
    void gitHubRefusesToPublishWithoutAWay() {
        GitHubActionsRun.Step missing = step(gitHubMain().noWay(), "Veröffentlichungsweg fehlt");

        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.output()).contains("Set the variable MICROSITE_PUBLISH to server or object-store");
    }

    @Test
    void gitLabMergeRequestReportsCodeQualityAndExposesThePreview() throws IOException {
        List<GitLabPipelineRun.Job> jobs = gitLabMergeRequest();

        assertThat(jobs).extracting(GitLabPipelineRun.Job::name).containsExactly("inhalt-pruefen", "vorschau");
        GitLabPipelineRun.Job check = jobs.get(0);
        assertThat(check.status()).as(check.output()).isEqualTo(1);
        JsonNode report = JsonMapper.builder().build().readTree(check.dir().resolve(".code-quality.json").toFile());
        assertThat(report.valueStream().map(issue -> issue.get("location").get("path").asString()))
                .anyMatch(path -> path.endsWith("seiten/impressum.md"));
        GitLabPipelineRun.Job preview = jobs.get(1);
        assertThat(preview.status()).as(preview.output()).isZero();
        assertThat(preview.dir().resolve("vorschau/index.html")).isRegularFile();
        assertThat(preview.dir().resolve("vorschau/sessions/beispiel-session/index.html")).isRegularFile();
    }

    @Test
    void gitLabDefaultBranchChecksExportsAndSwitchesTheServersLink() throws IOException {
        GitLabMain main = gitLabMain();

        assertThat(main.jobs()).extracting(GitLabPipelineRun.Job::name)
                .containsExactly("inhalt-pruefen", "website", "veroeffentlichen-server");
        assertThat(main.jobs()).allSatisfy(job -> assertThat(job.status()).as(job.name() + "\n" + job.output()).isZero());
        assertThat(main.jobs().get(1).dir().resolve("website/index.html")).isRegularFile();
        assertThat(Files.readSymbolicLink(main.server().resolve("current"))).isEqualTo(Path.of("releases/41-3f786850"));
        // the server renders the content itself; the export stays behind
        assertThat(files(main.server().resolve("current").toRealPath())).contains("veranstaltung.md")
                .noneMatch(file -> file.startsWith("website/") || file.startsWith("."));
    }

    @Test
    void gitLabPublishesToTheObjectStoreAssetsFirstAndRefusesToPublishWithoutAWay() throws IOException {
        GitLabMain main = gitLabMain();

        assertThat(main.objectStore().status()).as(main.objectStore().output()).isZero();
        assertUploadOrder(temp.resolve("home-gitlab-object-store/aws-calls"));
        assertThat(main.noWay().status()).isEqualTo(1);
        assertThat(main.noWay().output()).contains("Set the CI/CD variable MICROSITE_PUBLISH");
    }

    @Test
    void theServerKeepsTheNewestReleasesForARollback() throws IOException {
        Path server = temp.resolve("server-releases");
        Map<String, String> env = Map.of("DEPLOY_PATH", server.toString(), "KEEP_RELEASES", "2",
                "HOME", directory("home-releases").toString());

        for (String release : List.of("9-a", "10-b", "11-c")) {
            PipelineShell.Result publish = shell.run("sh .microsite/publish-server.sh " + release, finished, env);
            assertThat(publish.status()).as(publish.output()).isZero();
        }

        try (Stream<Path> releases = Files.list(server.resolve("releases"))) {
            assertThat(releases.map(release -> release.getFileName().toString())).containsExactlyInAnyOrder("10-b",
                    "11-c");
        }
        assertThat(Files.readSymbolicLink(server.resolve("current"))).isEqualTo(Path.of("releases/11-c"));
    }

    @Test
    void everyCommandLineOfBothFilesRan() {
        Stream<GitHubActionsRun.Step> gitHubSteps = Stream.of(gitHubPullRequest(), gitHubMain().steps(),
                gitHubMain().objectStore(), gitHubMain().noWay()).flatMap(List::stream);
        List<String> ran = gitHubSteps.filter(GitHubActionsRun.Step::ran).map(GitHubActionsRun.Step::name).toList();
        JsonNode workflow = draft.gitHub();
        workflow.get("jobs").forEach(job -> job.get("steps").forEach(step -> {
            if (step.has("run")) {
                assertThat(ran).as("GitHub step with run:").contains(step.get("name").asString());
            }
        }));

        Stream<GitLabPipelineRun.Job> gitLabJobs = Stream.concat(Stream.concat(gitLabMergeRequest().stream(),
                gitLabMain().jobs().stream()), Stream.of(gitLabMain().objectStore(), gitLabMain().noWay()));
        assertThat(gitLabJobs.map(GitLabPipelineRun.Job::name).distinct())
                .containsExactlyInAnyOrderElementsOf(new GitLabPipelineRun(draft.gitLab(), shell, finished, temp)
                        .jobNames());
    }

    private static List<GitHubActionsRun.Step> gitHubPullRequest() {
        if (gitHubPullRequest == null) {
            gitHubPullRequest = new GitHubActionsRun(draft.gitHub(), shell.separateJvmFor("check"), draft.folder(),
                    directory("github-pull-request")).run("pull_request", gitHubSettings(6, ""));
        }
        return gitHubPullRequest;
    }

    private static final Instant COMMITTED = Instant.parse("2025-02-26T09:30:00Z");

    private static GitHubMain gitHubMain() {
        if (gitHubMain == null) {
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

    private static List<GitLabPipelineRun.Job> gitLabMergeRequest() {
        if (gitLabMergeRequest == null) {
            Map<String, String> predefined = gitLabPredefined();
            predefined.put("CI_PIPELINE_SOURCE", "merge_request_event");
            gitLabMergeRequest = new GitLabPipelineRun(draft.gitLab(), shell, draft.folder(),
                    directory("gitlab-merge-request")).run(predefined, gitLabSettings(""));
        }
        return gitLabMergeRequest;
    }

    private static GitLabMain gitLabMain() {
        if (gitLabMain == null) {
            Map<String, String> predefined = gitLabPredefined();
            predefined.put("CI_PIPELINE_SOURCE", "push");
            predefined.put("CI_COMMIT_BRANCH", "main");
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

    private static GitHubActionsRun.Settings gitHubSettings(int runNumber, String publish) {
        return gitHubSettings(runNumber, publish, directory("home-github-" + runNumber + "-" + publish));
    }

    private static GitHubActionsRun.Settings gitHubSettings(int runNumber, String publish, Path home) {
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

    private static Map<String, String> gitLabSettings(String publish) {
        Map<String, String> settings = new HashMap<>(Map.of("MICROSITE_JAR_URL", shell.jarUrl(),
                "MICROSITE_JAR_SHA256", shell.jarSha256(), "MICROSITE_BASE_URL", BASE_URL,
                "DEPLOY_PATH", temp.resolve("gitlab-server").toString(), "S3_BUCKET", "s3://veranstaltung",
                "AWS_REGION", "eu-central-1", "AWS_ACCESS_KEY_ID", "test", "AWS_SECRET_ACCESS_KEY", "test"));
        if (!publish.isEmpty()) {
            settings.put("MICROSITE_PUBLISH", publish);
        }
        return settings;
    }

    /** Assets first, then calendars and feed with their types, then the pages with --delete. */
    private static void assertUploadOrder(Path calls) throws IOException {
        List<String> lines = Files.readAllLines(calls);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("s3 sync ").contains("/assets s3://veranstaltung/assets ",
                "--cache-control public, max-age=31536000, immutable");
        assertThat(lines.get(1)).contains("--include *.ics", "--content-type text/calendar; charset=utf-8");
        assertThat(lines.get(2)).contains("/feed.xml s3://veranstaltung/feed.xml",
                "--content-type application/atom+xml; charset=utf-8");
        assertThat(lines.get(3)).startsWith("s3 sync ").contains(" s3://veranstaltung --delete --exclude assets/*");
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

    /** A developer without the tool gets a skipped test; CI ({@code CI=true}, see .ci/run) must have it. */
    private static void requireOnPath(String tool) {
        boolean found = Stream.of(System.getenv("PATH").split(":"))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
        String message = tool + " is not on the PATH; the pipelines' scripts need it";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            assertThat(found).as(message).isTrue();
        } else {
            Assumptions.assumeTrue(found, message + " (skipped; with CI=true this fails)");
        }
    }

    private static GitHubActionsRun.Step step(List<GitHubActionsRun.Step> steps, String name) {
        return steps.stream().filter(step -> step.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no step " + name + " in " + steps));
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(file -> dir.relativize(file).toString()).toList();
        }
    }

    private static Path directory(String name) {
        return directory(temp.resolve(name));
    }

    private static Path directory(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes {@code folder} a Git repository with one commit of everything at {@code when}. */
    private static void commit(Path folder, Instant when) {
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
