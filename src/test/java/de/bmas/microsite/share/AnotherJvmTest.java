package de.bmas.microsite.share;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server and the static export may run in different JVMs, with other locales, time zones and encodings:
 * a second JVM with a deliberately different environment must write the same bytes as this one.
 */
class AnotherJvmTest {

    private static final Path FAVICON = Path.of("src/main/resources/static/favicon.svg");

    @TempDir
    Path temp;

    @Test
    void anotherJvmInAnotherLocaleAndTimeZoneWritesTheSameBytes() throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Duser.language=tr", "-Duser.country=TR", "-Duser.timezone=Pacific/Kiritimati",
                "-Dfile.encoding=ISO-8859-1", "-Djava.io.tmpdir=" + temp,
                AnotherJvmTest.class.getName(), temp.toString())
                .redirectErrorStream(true)
                .redirectOutput(temp.resolve("output.txt").toFile())
                .start();

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("second JVM finished").isTrue();
        assertThat(process.exitValue()).as(Files.readString(temp.resolve("output.txt"))).isZero();
        byte[][] here = render();
        for (int i = 0; i < here.length; i++) {
            assertThat(Files.readAllBytes(temp.resolve(i + ".bin"))).as("output %d", i).isEqualTo(here[i]);
        }
    }

    /** Run in the second JVM: writes each output to DIR/N.bin. */
    public static void main(String[] args) throws IOException {
        byte[][] outputs = render();
        for (int i = 0; i < outputs.length; i++) {
            Files.write(Path.of(args[0], i + ".bin"), outputs[i]);
        }
    }

    private static byte[][] render() throws IOException {
        ShareImages images = new ShareImages(0);
        SiteIcons icons = SiteIcons.fromSvg(Files.readAllBytes(FAVICON));
        return List.of(images.png(ShareImagesTest.CARD), icons.faviconIco(), icons.appleTouchIcon())
                .toArray(byte[][]::new);
    }
}
