package de.bmas.microsite.init;

import de.bmas.microsite.testing.ContentFixture;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static de.bmas.microsite.init.PipelineRunFixture.COMMITTED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code .microsite/publish-server.sh}, the server way of both pipelines, on its own against a finished {@code init}
 * folder: it keeps the newest releases for a rollback, dates every file by its last commit (also in a folder inside
 * a larger repository), and publishes nothing where it could not (a shallow clone, no git). {@link PipelineRunTest}
 * runs it as part of the pipelines.
 */
class PublishServerScriptTest extends PipelineFolders {

    @Test
    void theServerKeepsTheNewestReleasesForARollback() throws IOException {
        Path server = PipelineRunFixture.serverWithEngine(temp.resolve("server-releases"));
        Map<String, String> env = Map.of("DEPLOY_PATH", server.toString(), "KEEP_RELEASES", "2",
                "HOME", runs.directory("home-releases").toString());

        for (String release : List.of("9-a", "10-b", "11-c")) {
            PipelineShell.Result publish = runs.shell().run("sh .microsite/publish-server.sh " + release,
                    runs.finished(), env);
            assertThat(publish.status()).as(publish.output()).isZero();
        }

        try (Stream<Path> releases = Files.list(server.resolve("releases"))) {
            assertThat(releases.map(release -> release.getFileName().toString())).containsExactlyInAnyOrder("10-b",
                    "11-c");
        }
        assertThat(Files.readSymbolicLink(server.resolve("current"))).isEqualTo(Path.of("releases/11-c"));
    }

    /**
     * A release the server's own engine refuses (here: a placeholder, and the server starts with --strict) never
     * becomes current, where the running server would keep its old site only until its next restart.
     */
    @Test
    void aReleaseTheServersCheckRefusesIsNotSwitchedToAndTheJobFails() throws IOException {
        Path folder = temp.resolve("content-refused");
        ContentFixture.copyTree(runs.finished(), folder);
        Path server = PipelineRunFixture.serverWithEngine(temp.resolve("server-refused"));
        Map<String, String> env = Map.of("DEPLOY_PATH", server.toString(),
                "HOME", runs.directory("home-refused").toString());
        PipelineShell.Result good = runs.shell().run("sh .microsite/publish-server.sh 20-a", folder, env);
        assertThat(good.status()).as(good.output()).isZero();
        Path session = folder.resolve("sessions/beispiel-session.md");
        Files.writeString(session, Files.readString(session) + "\n[Platzhalter: Raum]\n");

        PipelineShell.Result refused = runs.shell().run("sh .microsite/publish-server.sh 21-b", folder, env);

        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.output()).contains("Platzhalter", "refused releases/21-b",
                "current still points to the release before it");
        assertThat(Files.readSymbolicLink(server.resolve("current"))).isEqualTo(Path.of("releases/20-a"));
        assertThat(server.resolve("releases/21-b")).doesNotExist();
        PipelineShell.Result rerun = runs.shell().run("sh .microsite/publish-server.sh 20-a", folder, env);
        assertThat(rerun.status()).as("a re-run of the live release copies nothing into it").isZero();
        assertThat(rerun.output()).contains("Already published");
        assertThat(server.resolve("current/sessions/beispiel-session.md")).content().doesNotContain("Platzhalter");

        PipelineShell.Result lenient = runs.shell().run("sh .microsite/publish-server.sh 22-c", folder,
                Map.of("DEPLOY_PATH", server.toString(), "HOME", runs.directory("home-lenient").toString(),
                        "DEPLOY_CHECK", "java -jar " + server.resolve("microsite.jar") + " check"));
        assertThat(lenient.status()).as("a server started without --strict takes placeholders").isZero();
        assertThat(Files.readSymbolicLink(server.resolve("current"))).isEqualTo(Path.of("releases/22-c"));
    }

    /** Without the server's jar where DEPLOY_CHECK says, nothing is switched either. */
    @Test
    void withoutTheServersJarNothingIsSwitched() {
        Path server = temp.resolve("server-without-jar");

        PipelineShell.Result publish = runs.shell().run("sh .microsite/publish-server.sh 23-d", runs.finished(),
                Map.of("DEPLOY_PATH", server.toString(), "HOME", runs.directory("home-without-jar").toString()));

        assertThat(publish.status()).isNotZero();
        assertThat(publish.stderr()).contains("set DEPLOY_CHECK to the server's jar and strictness");
        assertThat(server.resolve("current")).doesNotExist();
    }

    /**
     * DEPLOY_SSH_KEY as the key's text (a secret) or as the path of a file holding it (a GitLab variable of type
     * File): ssh gets the key either way. A stand-in for ssh records the key it is given and runs the command here.
     */
    @Test
    void theDeployKeyMayBeItsTextOrAFileHoldingIt() throws IOException {
        String key = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----";
        Path keyFile = Files.writeString(temp.resolve("deploy-key-file"), key + "\n");
        Path bin = Files.createDirectories(temp.resolve("bin-ssh"));
        Files.writeString(bin.resolve("ssh"), """
                #!/bin/sh
                # ssh -i KEY -o OPTION -o OPTION [-l USER] HOST COMMAND…: records the key and the host line, runs
                # COMMAND on this machine
                cp "$2" "$HOME/key-seen"; cp "${4#UserKnownHostsFile=}" "$HOME/hosts-seen"; shift 6
                if [ "$1" = -l ]; then shift 2; fi
                shift; exec sh -c "$*"
                """);
        bin.resolve("ssh").toFile().setExecutable(true);
        Path server = PipelineRunFixture.serverWithEngine(temp.resolve("server-ssh"));

        for (String value : List.of(key, keyFile.toString())) {
            Path home = runs.directory("home-ssh-" + value.length());
            PipelineShell.Result publish = runs.shell().run("sh .microsite/publish-server.sh 30-" + value.length(),
                    runs.finished(), Map.of("DEPLOY_PATH", server.toString(), "HOME", home.toString(),
                            "DEPLOY_HOST", "deploy@server.example", "DEPLOY_SSH_KEY", value,
                            "DEPLOY_KNOWN_HOSTS", "server.example ssh-ed25519 AAAA",
                            "PATH", bin + ":" + temp.resolve("bin") + ":" + System.getenv("PATH")));

            assertThat(publish.status()).as(publish.output()).isZero();
            assertThat(home.resolve("key-seen")).as(value).hasContent(key + "\n");
            assertThat(home.resolve("hosts-seen")).hasContent("server.example ssh-ed25519 AAAA\n");
            assertThat(home.resolve(".ssh")).as("no key and no host line stay behind").doesNotExist();
            assertThat(Files.readSymbolicLink(server.resolve("current"))).isEqualTo(Path.of("releases/30-"
                    + value.length()));
        }
    }

    /** In a shallow clone every file would carry the newest commit's time: nothing is published instead. */
    @Test
    void theServerGetsNothingFromAShallowClone() {
        Path repository = temp.resolve("repository");
        ContentFixture.copyTree(runs.finished(), repository);
        PipelineRunFixture.commit(repository, COMMITTED);
        Path clone = temp.resolve("shallow-clone");
        Path server = temp.resolve("server-shallow");
        PipelineShell.Result cloned = runs.shell().run("git clone -q --depth 1 file://" + repository + " " + clone,
                temp, Map.of());
        assertThat(cloned.status()).as(cloned.output()).isZero();

        PipelineShell.Result publish = runs.shell().run("sh .microsite/publish-server.sh 12-d", clone,
                Map.of("DEPLOY_PATH", server.toString(), "HOME", runs.directory("home-shallow").toString()));

        assertThat(publish.status()).isEqualTo(1);
        assertThat(publish.stderr()).contains("shallow clone: check out the whole history");
        assertThat(server).doesNotExist();
    }

    /** Without git every file would carry the checkout's time: nothing is published instead. */
    @Test
    void theServerGetsNothingWithoutGit() throws IOException {
        Path onlySh = Files.createDirectories(temp.resolve("bin-without-git"));
        Files.createSymbolicLink(onlySh.resolve("sh"), Path.of("/bin/sh"));
        Path server = temp.resolve("server-without-git");

        PipelineShell.Result publish = runs.shell().run("sh .microsite/publish-server.sh 14-f", runs.finished(),
                Map.of("PATH", onlySh.toString(), "DEPLOY_PATH", server.toString(),
                        "HOME", runs.directory("home-without-git").toString()));

        assertThat(publish.status()).isEqualTo(1);
        assertThat(publish.stderr()).contains("git is missing");
        assertThat(server).doesNotExist();
    }

    /** Git quotes names with umlauts or quotes ("\303\274"): such files are dated by their commits all the same. */
    @Test
    void filesWithUmlautsSpacesAndQuotesInTheirNamesAreDatedToo() throws IOException {
        Path repository = temp.resolve("repository-umlauts");
        ContentFixture.copyTree(runs.finished(), repository);
        List<String> names = List.of("notizen/Grußwort für alle.txt", "notizen/\"Zitat\" \\ Rückblick.txt");
        for (String name : names) {
            Files.createDirectories(repository.resolve(name).getParent());
            Files.writeString(repository.resolve(name), "Notiz\n");
        }
        PipelineRunFixture.commit(repository, COMMITTED);
        Path server = PipelineRunFixture.serverWithEngine(temp.resolve("server-umlauts"));

        // a server started without --strict: the folder notizen/ is only a warning
        PipelineShell.Result publish = runs.shell().run("sh .microsite/publish-server.sh 15-g", repository,
                Map.of("DEPLOY_PATH", server.toString(), "HOME", runs.directory("home-umlauts").toString(),
                        "DEPLOY_CHECK", "java -jar " + server.resolve("microsite.jar") + " check"));

        assertThat(publish.status()).as(publish.output()).isZero();
        for (String name : names) {
            assertThat(Files.getLastModifiedTime(server.resolve("releases/15-g").resolve(name)).toInstant())
                    .as(name).isEqualTo(COMMITTED);
        }
    }

    /** A content folder may be a subfolder of its repository: its files are dated by their commits all the same. */
    @Test
    void aContentFolderInsideALargerRepositoryIsDatedToo() throws IOException {
        Path repository = temp.resolve("larger-repository");
        Path folder = repository.resolve("website");
        ContentFixture.copyTree(runs.finished(), folder);
        PipelineRunFixture.commit(repository, COMMITTED);
        Path server = PipelineRunFixture.serverWithEngine(temp.resolve("server-subfolder"));

        PipelineShell.Result publish = runs.shell().run("sh .microsite/publish-server.sh 13-e", folder,
                Map.of("DEPLOY_PATH", server.toString(), "HOME", runs.directory("home-subfolder").toString()));

        assertThat(publish.status()).as(publish.output()).isZero();
        assertThat(Files.getLastModifiedTime(server.resolve("releases/13-e/veranstaltung.md")).toInstant())
                .isEqualTo(COMMITTED);
    }
}
