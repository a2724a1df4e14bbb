package de.bmas.microsite.export;

import de.bmas.microsite.site.SiteHolder;
import de.bmas.microsite.testing.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The export deploys as it is: nginx with {@code src/main/nginx/nginx-export.conf} answers every route with the bytes
 * and content type of the Java server, and the same caching rules. Skipped where nginx is not installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"microsite.base-url=" + StaticExportTest.BASE_URL, "microsite.search=false"})
class NginxExportTest {

    private static final Path NGINX = Path.of("/usr/sbin/nginx");

    private Process nginx;

    @LocalServerPort
    int port;

    @Autowired
    SiteHolder holder;

    @Autowired
    StaticExporter exporter;

    @AfterEach
    void stopNginx() {
        if (nginx != null) {
            nginx.destroy();
        }
    }

    @Test
    void nginxServesTheExportLikeTheServer(@TempDir Path temp) throws Exception {
        assumeTrue(Files.isExecutable(NGINX), "nginx is not installed");
        Path site = temp.resolve("site");
        assertThat(exporter.export(site)).isTrue();
        int nginxPort = startNginx(temp, site);

        for (String route : holder.current().rendered().routes()) {
            Http.Response expected = get(port, route, "identity");
            Http.Response actual = get(nginxPort, route, "identity");
            assertThat(actual.status()).as(route).isEqualTo(200);
            assertThat(actual.body()).as(route).isEqualTo(expected.body());
            assertThat(contentType(actual)).as(route).isEqualTo(contentType(expected));
            assertThat(header(actual, "Cache-Control")).as(route).isEqualTo(header(expected, "Cache-Control"));
        }
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
        }

        Http.Response gzipped = get(nginxPort, "/", "gzip");
        assertThat(header(gzipped, "Content-Encoding")).isEqualTo("gzip");
        assertThat(header(gzipped, "Vary")).isEqualTo("Accept-Encoding");
    }

    private int startNginx(Path temp, Path site) throws IOException, InterruptedException {
        int nginxPort = freePort();
        String server = Files.readString(Path.of("src/main/nginx/nginx-export.conf"))
                .replace("listen 80;", "listen 127.0.0.1:" + nginxPort + ";")
                .replace("root /srv/microsite;", "root " + site.toAbsolutePath() + ";");
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
