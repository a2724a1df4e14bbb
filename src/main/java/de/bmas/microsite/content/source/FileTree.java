package de.bmas.microsite.content.source;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Opens entries below a folder by a path that has no links in it, and follows no link on the way, so that a link
 * put in place after the path was resolved and checked is refused instead of followed.
 *
 * <p>Where the platform offers it (Linux, macOS), every step goes from a folder already open to the next entry
 * ({@code openat} with {@code O_NOFOLLOW}): nothing between the opened content folder and the file can be swapped.
 * Elsewhere (Windows) only the last step refuses links; a folder on the way swapped for a link between the check
 * and the read would still be followed there.
 */
abstract sealed class FileTree implements Closeable {

    private static final LinkOption[] NO_FOLLOW = {LinkOption.NOFOLLOW_LINKS};

    /** The tree below the folder {@code root}, which must have no links in its path. */
    static FileTree open(Path root, boolean secureIfPossible) throws IOException {
        DirectoryStream<Path> stream = Files.newDirectoryStream(root);
        if (secureIfPossible && stream instanceof SecureDirectoryStream<Path> secure) {
            return new Secure(secure);
        }
        stream.close();
        return new ByPath(root);
    }

    /** The attributes of the entry itself, never of what a link points to. */
    abstract BasicFileAttributes attributes(Path inside) throws IOException;

    /** The bytes of a regular file. */
    abstract byte[] read(Path inside) throws IOException;

    /** The names of the entries of a folder. */
    abstract List<Path> list(Path inside) throws IOException;

    private static final class Secure extends FileTree {

        private static final Path SELF = Path.of(".");

        private final SecureDirectoryStream<Path> root;

        Secure(SecureDirectoryStream<Path> root) {
            this.root = root;
        }

        @Override
        BasicFileAttributes attributes(Path inside) throws IOException {
            return at(inside, (folder, name) ->
                    folder.getFileAttributeView(name, BasicFileAttributeView.class, NO_FOLLOW).readAttributes());
        }

        @Override
        byte[] read(Path inside) throws IOException {
            return at(inside, (folder, name) -> {
                try (SeekableByteChannel channel = folder.newByteChannel(name, Set.of(StandardOpenOption.READ,
                        LinkOption.NOFOLLOW_LINKS)); InputStream in = Channels.newInputStream(channel)) {
                    return in.readAllBytes();
                }
            });
        }

        @Override
        List<Path> list(Path inside) throws IOException {
            return at(inside, (folder, name) -> {
                try (SecureDirectoryStream<Path> entries = folder.newDirectoryStream(name, NO_FOLLOW)) {
                    List<Path> names = new ArrayList<>();
                    entries.forEach(entry -> names.add(entry.getFileName()));
                    return names;
                }
            });
        }

        /** Walks from the content folder to the parent of {@code inside}, one opened folder at a time. */
        private <T> T at(Path inside, Step<T> step) throws IOException {
            if (inside.toString().isEmpty()) {
                return step.apply(root, SELF);
            }
            Deque<SecureDirectoryStream<Path>> opened = new ArrayDeque<>();
            try {
                SecureDirectoryStream<Path> folder = root;
                for (int i = 0; i < inside.getNameCount() - 1; i++) {
                    folder = folder.newDirectoryStream(inside.getName(i), NO_FOLLOW);
                    opened.push(folder);
                }
                return step.apply(folder, inside.getFileName());
            } finally {
                for (SecureDirectoryStream<Path> folder : opened) {
                    folder.close();
                }
            }
        }

        @Override
        public void close() throws IOException {
            root.close();
        }

        private interface Step<T> {
            T apply(SecureDirectoryStream<Path> folder, Path name) throws IOException;
        }
    }

    private static final class ByPath extends FileTree {

        private final Path root;

        ByPath(Path root) {
            this.root = root;
        }

        @Override
        BasicFileAttributes attributes(Path inside) throws IOException {
            return Files.readAttributes(root.resolve(inside), BasicFileAttributes.class, NO_FOLLOW);
        }

        @Override
        byte[] read(Path inside) throws IOException {
            try (SeekableByteChannel channel = Files.newByteChannel(root.resolve(inside), Set.of(
                    StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS));
                 InputStream in = Channels.newInputStream(channel)) {
                return in.readAllBytes();
            }
        }

        @Override
        List<Path> list(Path inside) throws IOException {
            List<Path> names = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(root.resolve(inside))) {
                entries.forEach(entry -> names.add(entry.getFileName()));
            }
            return names;
        }

        @Override
        public void close() {
        }
    }
}
