package de.bmas.microsite.init;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static de.bmas.microsite.init.PipelineRunFixture.COMMITTED;
import static de.bmas.microsite.init.PipelineRunFixture.SHA;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pipelines {@code init} writes, run against an {@code init} folder the way GitHub's and GitLab's runners would
 * ({@link GitHubActionsRun}, {@link GitLabPipelineRun}): every command line of both files runs, so neither can call
 * a command, an option or a variable that does not exist. The engine runs in this JVM (one check step in a JVM of
 * its own, to see the paths a runner's annotations get); the publishing scripts run for real against a folder
 * that stands for the server (no SSH: DEPLOY_HOST is empty) and against a stand-in for the AWS CLI, which checks
 * each file it is given but uploads nothing.
 *
 * <p>One class on purpose: surefire hands test classes to two JVMs, and tests spread over several classes would
 * make the runs ({@link PipelineRunFixture}, most of this class's time) once in each. The server script's own cases
 * are {@link PublishServerScriptTest}'s, which runs no pipeline.
 */
class PipelineRunTest extends PipelineFolders {

    @Test
    void gitHubPullRequestAnnotatesThePlaceholdersAndStillBuildsThePreview() {
        List<GitHubActionsRun.Step> steps = runs.gitHubPullRequest();

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
        PipelineRunFixture.GitHubMain main = runs.gitHubMain();
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
        List<GitHubActionsRun.Step> again = main.run().rerun("publish", "push", runs.gitHubSettings(8, "server"));

        assertThat(step(again, "Auf den Server").status()).as(step(again, "Auf den Server").output()).isZero();
        assertThat(Files.readSymbolicLink(main.server().resolve("current"))).isEqualTo(Path.of("releases/8-" + SHA));
        assertThat(main.server().resolve("current/sessions/beispiel-session.md")).content().contains("title: Neu");
        assertThat(release.resolve("sessions/beispiel-session.md")).content().contains("title: Beispiel-Session");
    }

    @Test
    void gitHubPublishesToTheObjectStoreAssetsFirst() throws IOException {
        List<GitHubActionsRun.Step> steps = runs.gitHubMain().objectStore();

        GitHubActionsRun.Step upload = step(steps, "In den Objektspeicher");
        assertThat(upload.status()).as(upload.output()).isZero();
        assertUploadOrder(temp.resolve("home-github-object-store/aws-calls"));
    }

    @Test
    void gitHubRefusesToPublishWithoutAWay() {
        GitHubActionsRun.Step missing = step(runs.gitHubMain().noWay(), "Veröffentlichungsweg fehlt");

        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.output()).contains("Set the variable MICROSITE_PUBLISH to server or object-store");
    }

    @Test
    void gitLabMergeRequestReportsCodeQualityAndExposesThePreview() throws IOException {
        List<GitLabPipelineRun.Job> jobs = runs.gitLabMergeRequest();

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
        PipelineRunFixture.GitLabMain main = runs.gitLabMain();

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
        PipelineRunFixture.GitLabMain main = runs.gitLabMain();

        assertThat(main.objectStore().status()).as(main.objectStore().output()).isZero();
        assertUploadOrder(temp.resolve("home-gitlab-object-store/aws-calls"));
        assertThat(main.noWay().status()).isEqualTo(1);
        assertThat(main.noWay().output()).contains("Set the CI/CD variable MICROSITE_PUBLISH");
    }

    @Test
    void everyCommandLineOfBothFilesRan() {
        Stream<GitHubActionsRun.Step> gitHubSteps = Stream.of(runs.gitHubPullRequest(), runs.gitHubMain().steps(),
                runs.gitHubMain().objectStore(), runs.gitHubMain().noWay()).flatMap(List::stream);
        List<String> ran = gitHubSteps.filter(GitHubActionsRun.Step::ran).map(GitHubActionsRun.Step::name).toList();
        JsonNode workflow = runs.draft().gitHub();
        workflow.get("jobs").forEach(job -> job.get("steps").forEach(step -> {
            if (step.has("run")) {
                assertThat(ran).as("GitHub step with run:").contains(step.get("name").asString());
            }
        }));

        Stream<GitLabPipelineRun.Job> gitLabJobs = Stream.concat(Stream.concat(runs.gitLabMergeRequest().stream(),
                runs.gitLabMain().jobs().stream()), Stream.of(runs.gitLabMain().objectStore(),
                runs.gitLabMain().noWay()));
        assertThat(gitLabJobs.map(GitLabPipelineRun.Job::name).distinct())
                .containsExactlyInAnyOrderElementsOf(new GitLabPipelineRun(runs.draft().gitLab(), runs.shell(),
                        runs.finished(), temp).jobNames());
    }

    /** Assets first, then calendars and feed with their types, then the pages with --delete. */
    private static void assertUploadOrder(Path calls) throws IOException {
        List<String> lines = Files.readAllLines(calls);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("s3 sync ").contains("/assets s3://veranstaltung/assets ",
                "--cache-control public, max-age=31536000, immutable");
        assertThat(lines.get(1)).startsWith("s3 sync ").contains("--delete --exclude * --include *.ics",
                "--content-type text/calendar; charset=utf-8");
        assertThat(lines.get(2)).contains("/feed.xml s3://veranstaltung/feed.xml",
                "--content-type application/atom+xml; charset=utf-8");
        assertThat(lines.get(3)).startsWith("s3 sync ").contains(" s3://veranstaltung --delete --exclude assets/*");
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
}
