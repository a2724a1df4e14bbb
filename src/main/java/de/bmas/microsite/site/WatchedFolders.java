package de.bmas.microsite.site;

import de.bmas.microsite.MicrositeProperties;
import de.bmas.microsite.Sha256;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The folders a site is built from: the content folder, and the template and asset folders where they are read
 * from files (under {@code mvn spring-boot:run}). Each folder is resolved to its real path anew on every look, so a
 * content folder that is a symbolic link, switched by a deployment to a new release folder in one step, counts as
 * changed. Below that no link is followed and nothing but regular files is opened (a pipe would block a read), and
 * hidden entries are skipped as the loader skips them: a content folder that is a git clone does not hash its
 * {@code .git}.
 */
@Component
class WatchedFolders {

    private final List<Path> folders = new ArrayList<>();

    WatchedFolders(MicrositeProperties properties, @Value("${spring.thymeleaf.prefix:}") String templatePrefix) {
        folders.add(properties.contentDir());
        if (properties.assetsDir() != null) {
            folders.add(properties.assetsDir());
        }
        if (templatePrefix.startsWith("file:")) {
            folders.add(Path.of(templatePrefix.substring("file:".length())));
        }
    }

    List<Path> folders() {
        return List.copyOf(folders);
    }

    /**
     * Where each folder lies and the names, types, sizes and modification times of every entry: cheap to take
     * often, and different whenever a file is saved, added, removed or renamed, or a link is switched.
     *
     * @param roots   the real path of each folder, null where it is missing
     * @param entries the entries below the folders
     */
    record Stamp(List<Path> roots, String entries) {
    }

    Stamp stamp() {
        List<Path> roots = new ArrayList<>();
        StringBuilder stamp = new StringBuilder();
        for (int folder = 0; folder < folders.size(); folder++) {
            Path root = realPath(folders.get(folder));
            roots.add(root);
            stamp.append(folder).append('\n');
            for (Entry entry : entries(root)) {
                stamp.append(entry.describe());
                // a folder's own time changes with every hidden file saved in it (an editor's swap file)
                if (entry.type() != 'd') {
                    stamp.append('|').append(entry.size()).append('|').append(entry.modified());
                }
                stamp.append('\n');
            }
        }
        return new Stamp(Collections.unmodifiableList(roots), stamp.toString());
    }

    /**
     * A hash of every entry's path (relative to its folder) and every file's bytes: the same sources give the same
     * version on any machine, in any release folder and after a restart, and any change of a file gives another.
     */
    public String version() {
        MessageDigest digest = Sha256.digest();
        for (int folder = 0; folder < folders.size(); folder++) {
            Path root = realPath(folders.get(folder));
            digest.update((folder + (root == null ? "?" : "") + "\n").getBytes(StandardCharsets.UTF_8));
            for (Entry entry : entries(root)) {
                digest.update((entry.describe() + "\n").getBytes(StandardCharsets.UTF_8));
                if (entry.type() == 'f') {
                    hash(entry.path(), digest);
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }

    /**
     * One entry below a folder.
     *
     * @param type {@code f} file, {@code d} folder, {@code l} link, {@code o} other (pipe, socket), {@code ?}
     *             unreadable or gone while walking
     */
    private record Entry(String relative, Path path, char type, long size, long modified) {

        String describe() {
            return relative + "|" + type;
        }
    }

    /** The entries below {@code root} in path order; none when it is missing. */
    private static List<Entry> entries(Path root) {
        List<Entry> entries = new ArrayList<>();
        if (root == null) {
            return entries;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    if (dir.equals(root)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (hidden(dir)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return visitFile(dir, attributes);
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (!hidden(file)) {
                        entries.add(new Entry(root.relativize(file).toString(), file, type(attributes),
                                attributes.size(), attributes.lastModifiedTime().toMillis()));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    entries.add(new Entry(root.relativize(file).toString(), file, '?', 0, 0));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            entries.add(new Entry("", root, '?', 0, 0));
        }
        entries.sort(Comparator.comparing(Entry::relative));
        return entries;
    }

    private static Path realPath(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            // missing or unreadable: the loader reports it, and the stamp changes when it appears
            return null;
        }
    }

    private static boolean hidden(Path entry) {
        return entry.getFileName().toString().startsWith(".");
    }

    private static char type(BasicFileAttributes attributes) {
        return attributes.isDirectory() ? 'd' : attributes.isSymbolicLink() ? 'l' : attributes.isOther() ? 'o' : 'f';
    }

    private static void hash(Path file, MessageDigest digest) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            // gone or unreadable since the walk: the loader reports it, and the next stamp differs
            digest.update((byte) '?');
        }
    }
}
