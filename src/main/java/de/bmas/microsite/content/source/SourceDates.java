package de.bmas.microsite.content.source;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When each content file last changed, for the sitemap's {@code lastmod}, the feed's {@code updated}, the calendars'
 * DTSTAMP and the pages' {@code Last-Modified}. A checkout gives every file the time of the checkout, so inside a Git
 * work tree the date is the last commit that touched the file; a file with uncommitted changes, one Git does not
 * track, and every file outside Git use their modification time. Three {@code git} commands per load, however many
 * files there are; nothing depends on the time of the build, so two builds of one commit give the same dates.
 * <p>
 * A shallow clone lacks the history before its cut: there the oldest fetched commit seems to add every file it
 * holds. A file last changed before the cut is dated at the end of the event, or at the cut where that is
 * earlier (the file cannot have changed later): a date the content gives, the same for every build of the commit,
 * never the day of the clone. The publishing pipelines fetch the whole history, which gives exact dates.
 */
final class SourceDates {

    private static final Logger log = LoggerFactory.getLogger(SourceDates.class);
    /** The content folders in a Git work tree that git could not read, each warned about once. */
    private static final Set<Path> WITHOUT_GIT = ConcurrentHashMap.newKeySet();
    /** Starts a commit's header in the log ({@code %x01}), a byte no file name holds. */
    private static final char COMMIT = '\u0001';

    private final Path dir;
    /** Newest commit time by path relative to the content folder. */
    private final Map<String, Instant> committed;
    /** For files whose newest fetched commit is a shallow clone's cut: that commit's time. */
    private final Map<String, Instant> beforeCut;
    /** Tracked files with changes not yet committed. */
    private final Set<String> changed;

    private SourceDates(Path dir, Map<String, Instant> committed, Map<String, Instant> beforeCut,
                        Set<String> changed) {
        this.dir = dir;
        this.committed = committed;
        this.beforeCut = beforeCut;
        this.changed = changed;
    }

    /** Reads the history of {@code dir} once; outside a Git work tree (or without git) every date is the file's. */
    static SourceDates read(Path dir) {
        return read(dir, "git");
    }

    /** {@link #read(Path)} with {@code git} as the command that runs Git (a test's stand-in for a missing one). */
    static SourceDates read(Path dir, String git) {
        Optional<List<String>> repository = git(git, dir, "\n", "rev-parse", "--is-inside-work-tree",
                "--is-shallow-repository", "--show-prefix", "--git-path", "shallow");
        // once per folder: the preview loads on every save
        if (repository.isEmpty() && insideWorkTree(dir) && WITHOUT_GIT.add(dir.toAbsolutePath().normalize())) {
            log.warn("{} is in a Git work tree, but git is not installed or cannot read it: content dates are file "
                    + "modification times (a checkout's time), not commit times; install git", dir);
        }
        if (repository.isEmpty() || !repository.get().get(0).equals("true")) {
            return outsideGit(dir);
        }
        // git names files from the top of the work tree; the prefix is the content folder's place in it
        String prefix = repository.get().get(2);
        Set<String> cut = repository.get().get(1).equals("true")
                ? Set.copyOf(readLines(dir.resolve(repository.get().get(3))))
                : Set.of();
        // along the first parent, with a merge's changes against it: the time a file changed on the branch that is
        // built, not in the side branch it was written on
        Optional<List<String>> history = git(git, dir, "\0", "-c", "log.showSignature=false", "log", "-z",
                "--first-parent", "-m", "--format=%x01%ct %H", "--name-only", "--", ".");
        Optional<List<String>> status = git(git, dir, "\0", "status", "--porcelain", "-z", "--no-renames",
                "--untracked-files=no", "--", ".");
        if (history.isEmpty() || status.isEmpty()) {
            log.warn("Could not read the Git history of {}; content dates are file modification times", dir);
            return outsideGit(dir);
        }
        SourceDates dates = new SourceDates(dir, new HashMap<>(), new HashMap<>(), new HashSet<>());
        dates.addCommits(history.get(), prefix, cut);
        for (String entry : status.get()) {
            // "XY path": two status letters and a space before the path
            if (entry.startsWith(prefix, 3)) {
                dates.changed.add(entry.substring(3 + prefix.length()));
            }
        }
        if (!dates.beforeCut.isEmpty()) {
            log.warn("{} is in a shallow Git clone: {} file(s) last changed before its cut are dated at the end of "
                    + "the event; fetch the whole history (git fetch --unshallow) for exact dates", dir,
                    dates.beforeCut.size());
        }
        return dates;
    }

    /** {@code entries}: the log split at NUL bytes, per commit a header (its time and hash), then its files. */
    private void addCommits(List<String> entries, String prefix, Set<String> cut) {
        Instant time = null;
        boolean atCut = false;
        for (String entry : entries) {
            String token = entry.startsWith("\n") ? entry.substring(1) : entry;
            if (!token.isEmpty() && token.charAt(0) == COMMIT) {
                String[] header = token.substring(1).split(" ");
                time = Instant.ofEpochSecond(Long.parseLong(header[0]));
                atCut = cut.contains(header[1]);
            } else if (token.startsWith(prefix) && !token.isEmpty()) {
                String file = token.substring(prefix.length());
                Instant newest = committed.get(file);
                if (newest == null || time.isAfter(newest)) {
                    committed.put(file, time);
                    if (atCut) {
                        beforeCut.put(file, time);
                    } else {
                        beforeCut.remove(file);
                    }
                }
            }
        }
    }

    /**
     * The time {@code file} (in the content folder read) last changed.
     *
     * @param eventOver when the event is over, for files last changed before a shallow clone's cut; null when the
     *                  event is unknown, then the cut's time stands
     */
    Instant of(Path file, Instant eventOver) {
        String key = dir.relativize(file).toString().replace('\\', '/');
        if (changed.contains(key)) {
            return modified(file);
        }
        Instant cut = beforeCut.get(key);
        if (cut != null) {
            return eventOver != null && eventOver.isBefore(cut) ? eventOver : cut;
        }
        Instant commit = committed.get(key);
        return commit != null ? commit : modified(file);
    }

    private static SourceDates outsideGit(Path dir) {
        return new SourceDates(dir, Map.of(), Map.of(), Set.of());
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs git in {@code dir}: its output split at {@code separator}, or empty when git is missing or fails
     * (outside a work tree it fails, which is expected).
     */
    private static Optional<List<String>> git(String git, Path dir, String separator, String... arguments) {
        List<String> command = new ArrayList<>(List.of(git, "-C", dir.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        // reading needs no lock on the index, which an editor's own git may hold
        builder.environment().put("GIT_OPTIONAL_LOCKS", "0");
        try {
            Process process = builder.start();
            byte[] output = process.getInputStream().readAllBytes();
            if (process.waitFor() != 0) {
                log.debug("git {} failed in {}", arguments[0], dir);
                return Optional.empty();
            }
            return Optional.of(List.of(new String(output, StandardCharsets.UTF_8).split(separator, -1)));
        } catch (IOException e) {
            log.debug("git is not available: {}", e.getMessage());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Whether {@code dir} or a folder above it holds {@code .git}: found without git, which may be missing. */
    private static boolean insideWorkTree(Path dir) {
        for (Path folder = dir.toAbsolutePath(); folder != null; folder = folder.getParent()) {
            if (Files.exists(folder.resolve(".git"))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
