package de.bmas.microsite.export;

import de.bmas.microsite.site.SiteHolder;
import de.bmas.microsite.testing.Http;
import de.bmas.microsite.testing.InProcess;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The export is the site: the same files, byte for byte, as the server sends with the export's setting
 * ({@code microsite.search=false}: no search form, as no static file can answer a query), laid out for any static
 * host. The export runs in this JVM, as {@code MicrositeApplication#main} runs it, beside the server it is compared
 * with.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"microsite.base-url=" + StaticExportTest.BASE_URL, "microsite.search=false"})
class StaticExportTest {

    static final String BASE_URL = "https://fachkraeftekongress.example";

    @LocalServerPort
    int port;

    @Autowired
    SiteHolder holder;

    @Test
    void exportHoldsExactlyWhatTheServerSendsForEveryRoute(@TempDir Path out) throws Exception {
        InProcess.Result export = InProcess.run("export", "--out=" + out, "--microsite.base-url=" + BASE_URL);
        assertThat(export.status()).as(export.output()).isZero();

        Set<String> routes = holder.current().rendered().routes();
        assertThat(routes).contains("/", "/programm", "/sessions", "/themen");
        for (String route : routes) {
            Http.Response served = get(route);
            assertThat(served.status()).as(route).isEqualTo(200);
            assertThat(served.headers().firstValue("Content-Encoding")).as(route).isEmpty();
            assertThat(Files.readAllBytes(out.resolve(fileOf(route)))).as(route).isEqualTo(served.body());
        }
        Http.Response notFound = get("/gibt-es-nicht");
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(Files.readAllBytes(out.resolve("404.html"))).isEqualTo(notFound.body());

        // static files answer no query: the header links to the A–Z index instead of holding the search form
        Document home = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
        assertThat(home.select("form")).isEmpty();
        assertThat(home.select("header a[href=/stichwoerter]").text()).isEqualTo("Stichwörter A–Z");
        assertThat(Jsoup.parse(out.resolve(fileOf("/stichwoerter")).toFile(), "UTF-8").select("h1").text())
                .isEqualTo("Stichwörter A–Z");

        Set<String> expected = routes.stream().map(StaticExportTest::fileOf).collect(Collectors.toCollection(TreeSet::new));
        expected.addAll(List.of("400.html", "404.html", "405.html"));
        assertThat(filesIn(out)).isEqualTo(expected);
    }

    @Test
    void exportRefusesInvalidContentAndWritesNothing(@TempDir Path temp) throws Exception {
        Path content = temp.resolve("content");
        FileSystemUtils.copyRecursively(Path.of("content"), content);
        Path session = content.resolve("sessions/eroeffnung.md");
        Files.writeString(session, Files.readString(session).replace("title: Eröffnung\n", ""));
        Path out = temp.resolve("export");

        InProcess.Result export = InProcess.run("export", "--out=" + out, "--microsite.base-url=" + BASE_URL,
                "--microsite.content-dir=" + content);

        assertThat(export.status()).as(export.output()).isEqualTo(1);
        assertThat(export.output()).containsPattern("eroeffnung\\.md:\\d+:\\d+: Fehler: ")
                .containsPattern("\\d+ Fehler, \\d+ Warnungen");
        assertThat(out).doesNotExist();
    }

    @Test
    void exportWithoutTheSiteAddressSaysInGermanWhatItNeeds(@TempDir Path out) {
        // the tests' own settings give every application an address; an empty one is none
        InProcess.Result export = InProcess.run("export", "--out=" + out, "--microsite.base-url=");

        assertThat(export.status()).isEqualTo(2);
        assertThat(export.stderr()).startsWith("export braucht --out=ORDNER und --microsite.base-url=https://…");
        assertThat(out).isEmptyDirectory();
    }

    /** Page routes become folders with an index.html, so any static server finds them without rewrite rules. */
    static String fileOf(String route) {
        if (route.equals("/")) {
            return "index.html";
        }
        String name = route.substring(route.lastIndexOf('/') + 1);
        return name.contains(".") ? route.substring(1) : route.substring(1) + "/index.html";
    }

    private Http.Response get(String route) {
        return Http.get(port, route);
    }

    private static Set<String> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> dir.relativize(file).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
