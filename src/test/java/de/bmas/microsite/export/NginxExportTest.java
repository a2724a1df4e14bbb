package de.bmas.microsite.export;

import de.bmas.microsite.testing.ContentFixture;
import de.bmas.microsite.site.SiteHolder;
import de.bmas.microsite.testing.Http;
import de.bmas.microsite.testing.Prerequisite;
import de.bmas.microsite.web.Observatory;
import de.bmas.microsite.web.RawHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The export deploys as it is: nginx with {@code src/main/resources/init/.microsite/nginx-export.conf} answers every route with the bytes
 * and content type of the Java server, the same caching rules and the same security headers on every kind of
 * response, and scores the same on the Mozilla Observatory's rules. The content is the shipped one plus an SVG
 * image with a script, which both publish without it. Skipped where nginx is not installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"microsite.base-url=" + StaticExportTest.BASE_URL, "microsite.search=false"})
class NginxExportTest {

    private static final Path NGINX = Path.of("/usr/sbin/nginx");
    private static final Path CONTENT = ContentFixture.newBuildDir();
    private static final String IMAGE = "/bilder/plan.svg";
    private static final List<String> SECURITY_HEADERS = List.of("Content-Security-Policy",
            "Strict-Transport-Security", "X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy",
            "Permissions-Policy", "Cross-Origin-Opener-Policy", "Cross-Origin-Resource-Policy",
            "Access-Control-Allow-Origin", "Set-Cookie");

    private Process nginx;

    @LocalServerPort
    int port;

    @Autowired
    SiteHolder holder;

    @Autowired
    StaticExporter exporter;

    @DynamicPropertySource
    static void content(DynamicPropertyRegistry registry) throws IOException {
        ContentFixture.copyTree(Path.of("content"), CONTENT);
        Files.createDirectories(CONTENT.resolve("bilder"));
        Files.writeString(CONTENT.resolve("bilder/plan.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" "
                + "viewBox=\"0 0 2 1\"><rect width=\"1\" height=\"1\"/><script>alert(1)</script></svg>\n");
        registry.add("microsite.content-dir", CONTENT::toString);
    }

    @AfterEach
    void stopNginx() {
        if (nginx != null) {
            nginx.destroy();
        }
    }

    @Test
    void nginxServesTheExportLikeTheServer(@TempDir Path temp) throws Exception {
        int nginxPort = startNginx(temp);

        for (String route : holder.current().rendered().routes()) {
            Http.Response expected = get(port, route, "identity");
            Http.Response actual = get(nginxPort, route, "identity");
            assertThat(actual.status()).as(route).isEqualTo(200);
            assertThat(actual.body()).as(route).isEqualTo(expected.body());
            assertThat(contentType(actual)).as(route).isEqualTo(contentType(expected));
            assertThat(header(actual, "Cache-Control")).as(route).isEqualTo(header(expected, "Cache-Control"));
        }
        assertThat(new String(get(nginxPort, IMAGE, "identity").body(), StandardCharsets.UTF_8))
                .contains("<rect").doesNotContain("script");
        Http.Response missing = get(nginxPort, "/gibt-es-nicht", "identity");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).isEqualTo(get(port, "/gibt-es-nicht", "identity").body());
        assertThat(header(missing, "Cache-Control")).isEqualTo("no-store");

        for (String typed : new String[]{"/programm/", "/sessions/ki-diy-style/?thema=ki", "/programm.ics/",
                "/gibt-es-nicht/", "//evil.example/"}) {
            Http.Response expected = get(port, typed, "identity");
            Http.Response actual = get(nginxPort, typed, "identity");
            assertThat(actual.status()).as(typed).isEqualTo(expected.status());
            assertThat(actual.header("Location")).as(typed).isEqualTo(expected.header("Location"));
            assertThat(header(actual, "Cache-Control")).as(typed).isEqualTo(header(expected, "Cache-Control"));
        }

        Http.Response gzipped = get(nginxPort, "/", "gzip");
        assertThat(header(gzipped, "Content-Encoding")).isEqualTo("gzip");
        assertThat(header(gzipped, "Vary")).isEqualTo("Accept-Encoding");
    }

    /** Each kind of response, over plain HTTP and behind a TLS proxy: every security header as the server sends it. */
    @Test
    void nginxSendsTheServersSecurityHeadersOnEveryKindOfResponse(@TempDir Path temp) throws Exception {
        int nginxPort = startNginx(temp);
        String stylesheet = route(".css");
        String icon = route(".svg");

        for (String proto : new String[]{"none", "https"}) {
            for (String[] request : new String[][]{{"GET", "/"}, {"GET", "/sessions/ki-diy-style"},
                    {"GET", stylesheet}, {"GET", icon}, {"GET", "/feed.xml"}, {"GET", "/programm.ics"},
                    {"GET", "/sitemap.xml"}, {"GET", IMAGE}, {"GET", "/gibt-es-nicht"}, {"GET", "/programm/"},
                    {"HEAD", "/"}, {"POST", "/"}}) {
                String[] headers = proto.equals("none") ? new String[0] : new String[]{"X-Forwarded-Proto", proto};
                Http.Response expected = Http.send(port, request[0], request[1], headers);
                Http.Response actual = Http.send(nginxPort, request[0], request[1], headers);
                String what = String.join(" ", request) + " (X-Forwarded-Proto: " + proto + ")";
                assertThat(actual.status()).as(what).isEqualTo(expected.status());
                assertThat(expected.header("Content-Security-Policy")).as(what).isNotNull();
                assertThat(expected.header("Strict-Transport-Security") != null).as(what)
                        .isEqualTo(proto.equals("https"));
                for (String name : SECURITY_HEADERS) {
                    assertThat(actual.headers().allValues(name)).as(what + ": " + name)
                            .isEqualTo(expected.headers().allValues(name));
                }
            }
        }
        // a TLS proxy forwarded a plain-HTTP request: to HTTPS, with the headers
        Http.Response expected = Http.get(port, "/programm?x=1", "X-Forwarded-Proto", "http");
        Http.Response actual = Http.get(nginxPort, "/programm?x=1", "X-Forwarded-Proto", "http");
        assertThat(actual.status()).isEqualTo(expected.status()).isEqualTo(301);
        assertThat(actual.header("Location")).isEqualTo("https://127.0.0.1/programm?x=1");
        for (String name : SECURITY_HEADERS) {
            assertThat(actual.headers().allValues(name)).as(name).isEqualTo(expected.headers().allValues(name));
        }
    }

    /** What nginx refuses itself gets the server's German page for the status, its Allow and its Cache-Control. */
    @Test
    void nginxRefusesWithTheServersGermanPages(@TempDir Path temp) throws Exception {
        int nginxPort = startNginx(temp);

        for (String[] request : new String[][]{{"GET", "/%zz"}, {"GET", "/../etc/passwd"}, {"POST", "/programm"},
                {"DELETE", "/"}, {"GET", "/" + "a".repeat(10_000)}, {"GET", "/", "X-Filler: " + "a".repeat(100_000)}}) {
            String[] headers = Arrays.copyOfRange(request, 2, request.length);
            RawHttp.Response expected = RawHttp.request(port, request[0], request[1], headers);
            RawHttp.Response actual = RawHttp.request(nginxPort, request[0], request[1], headers);
            String what = request[0] + " " + request[1].substring(0, Math.min(20, request[1].length()));
            assertThat(actual.status()).as(what).isEqualTo(expected.status()).isBetween(400, 405);
            assertThat(actual.body()).as(what).isEqualTo(expected.body());
            assertThat(actual.header("Allow")).as(what).isEqualTo(expected.header("Allow"));
            assertThat(actual.header("Cache-Control")).as(what).isEqualTo(expected.header("Cache-Control"));
        }
    }

    /** The exported site behind nginx scores what the server scores: 130 points, A+. */
    @Test
    void nginxScoresTheSameOnTheObservatorysRules(@TempDir Path temp) throws Exception {
        int nginxPort = startNginx(temp);

        for (String target : new String[]{"/", "/sessions/ki-diy-style", IMAGE, "/gibt-es-nicht"}) {
            List<Observatory.Result> server = Observatory.evaluate(Observatory.scan(port, "kongress.example", target));
            List<Observatory.Result> exported =
                    Observatory.evaluate(Observatory.scan(nginxPort, "kongress.example", target));
            assertThat(exported).as(target).isEqualTo(server);
            assertThat(Observatory.score(exported)).as(target).isEqualTo(130);
        }
    }

    private String route(String suffix) {
        return holder.current().rendered().routes().stream()
                .filter(route -> route.startsWith("/assets/") && route.endsWith(suffix)).findFirst().orElseThrow();
    }

    /** Exports the site into {@code temp} and serves it with the shipped configuration on a free port. */
    private int startNginx(Path temp) throws IOException, InterruptedException {
        Prerequisite.require(NGINX, "nginx", "apt-get install nginx");
        Path site = temp.resolve("site");
        assertThat(exporter.export(site)).isTrue();
        int nginxPort = freePort();
        String server = Files.readString(Path.of("src/main/resources/init/.microsite/nginx-export.conf"))
                .replace("listen 80;", "listen 127.0.0.1:" + nginxPort + ";")
                .replace("root /srv/www/current;", "root " + site.toAbsolutePath() + ";");
        Path config = temp.resolve("nginx.conf");
        // "user root" lets the workers read the test's private temp folder when the tests run as root
        Files.writeString(config, """
                daemon off;
                user root;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log;
                events {}
                http {
                    access_log off;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                %2$s
                }
                """.formatted(temp.toAbsolutePath(), server));
        nginx = new ProcessBuilder(NGINX.toString(), "-p", temp.toString(), "-c", config.toString())
                .redirectErrorStream(true).redirectOutput(temp.resolve("nginx.out").toFile()).start();
        for (int attempt = 0; attempt < 100; attempt++) {
            try {
                get(nginxPort, "/", "identity");
                return nginxPort;
            } catch (UncheckedIOException e) {
                assertThat(e.getCause()).isInstanceOf(ConnectException.class);
                assertThat(nginx.isAlive()).as(() -> read(temp.resolve("nginx.out"))).isTrue();
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("nginx did not start: " + read(temp.resolve("error.log")));
    }

    private static Http.Response get(int port, String route, String encoding) {
        return Http.get(port, route, "Accept-Encoding", encoding);
    }

    /** {@code text/html;charset=UTF-8} and {@code text/html; charset=utf-8} say the same. */
    private static String contentType(Http.Response response) {
        return header(response, "Content-Type").replace(" ", "").toLowerCase(Locale.ROOT);
    }

    private static String header(Http.Response response, String name) {
        return response.headers().firstValue(name).orElse("(none)");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return e.toString();
        }
    }
}
