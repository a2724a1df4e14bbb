package de.bmas.microsite.outputs;

import org.jsoup.nodes.Document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the outputs tests of the shipped and the timed content both expect: the machine-readable files, a page's
 * sharing tags and a content file's date as the outputs write it.
 */
final class OutputsFixture {

    /** The machine-readable files every site has. */
    static final List<String> OUTPUTS = List.of("/sitemap.xml", "/robots.txt", "/feed.xml",
            "/programm.ics", "/programm.json", "/programm.xml");

    private OutputsFixture() {
    }

    /** The OpenGraph and Twitter meta tags by property or name. */
    static Map<String, String> sharing(Document page) {
        return page.select("meta[property^=og:], meta[name^=twitter:]").stream().collect(Collectors.toMap(
                meta -> meta.hasAttr("property") ? meta.attr("property") : meta.attr("name"),
                meta -> meta.attr("content")));
    }

    /**
     * When a content file last changed, as the outputs write it (UTC, whole seconds): the last commit touching it,
     * asked of git for this one file; its modification time when it has uncommitted changes or is not in Git.
     */
    static String modified(Path file) {
        String changes = git("status", "--porcelain", "--", file.toString());
        String commit = git("log", "-1", "--first-parent", "-m", "--format=%ct", "--", file.toString());
        try {
            Instant time = changes.isEmpty() && !commit.isEmpty() ? Instant.ofEpochSecond(Long.parseLong(commit))
                    : Files.getLastModifiedTime(file).toInstant();
            return time.truncatedTo(ChronoUnit.SECONDS).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** git's trimmed output, or "" outside a work tree. */
    private static String git(String... arguments) {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return process.waitFor() == 0 ? output : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
