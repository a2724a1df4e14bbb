package de.bmas.microsite.testing;

import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDirFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A copy of the minimal valid content set ({@code src/test/resources/content-minimal}) in a folder of its own,
 * for a test to break one file in it and look at what editors would be told.
 */
public final class ContentFixture {

    private static final Path MINIMAL = Path.of("src/test/resources/content-minimal");

    private final Path dir;

    private ContentFixture(Path dir) {
        this.dir = dir;
    }

    /** Copies the minimal content set into {@code dir}, replacing whatever was there. */
    public static ContentFixture copyInto(Path dir) {
        try {
            if (Files.exists(dir)) {
                try (Stream<Path> old = Files.walk(dir)) {
                    old.sorted((a, b) -> b.compareTo(a)).filter(p -> !p.equals(dir)).forEach(ContentFixture::delete);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        copyTree(MINIMAL, dir);
        return new ContentFixture(dir);
    }

    /** Copies the folder {@code from} with everything in it to {@code to}. */
    public static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path dir() {
        return dir;
    }

    /** The path of {@code file} as a report names it: relative to the working directory. */
    public String path(String file) {
        return Path.of("").toAbsolutePath().relativize(dir.resolve(file).toAbsolutePath()).toString();
    }

    public void write(String file, String text) {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    public void write(String file, byte[] bytes) {
        try {
            Files.createDirectories(dir.resolve(file).getParent());
            Files.write(dir.resolve(file), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String read(String file) {
        try {
            return Files.readString(dir.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the one occurrence of {@code text} in {@code file}. */
    public void replace(String file, String text, String replacement) {
        String content = read(file);
        assertThat(content).as("fixture %s", file).containsOnlyOnce(text);
        write(file, content.replace(text, replacement));
    }

    public void delete(String file) {
        delete(dir.resolve(file));
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A new folder below {@code target/}, so that reports name it relative to the working directory; for tests
     * whose Spring context needs the content folder before any test runs.
     */
    public static Path newBuildDir() {
        try {
            Path target = Files.createDirectories(Path.of("target", "content-fixtures"));
            return Files.createTempDirectory(target, "content-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code @TempDir(factory = InBuildDir.class)}: a temporary folder as {@link #newBuildDir()} makes it. */
    public static final class InBuildDir implements TempDirFactory {

        @Override
        public Path createTempDirectory(AnnotatedElementContext element, ExtensionContext extension) {
            return newBuildDir();
        }
    }
}
