package de.bmas.microsite.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;

/**
 * Crafted requests, sent byte for byte over a socket: never a server error, never a file from outside the site,
 * never a trace of the software behind it; a German error page wherever an error page is sent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class HostileRequestsTest {

    private static final long SEED = Long.getLong("hostile.seed", new Random().nextLong());

    /** Text that only leaks from outside the site: system files, the build, the configuration, Java internals. */
    private static final Set<String> LEAKS = Set.of("root:x:0:0", "<modelVersion>", "spring.application.name",
            "package de.bmas", "Exception", "Tomcat", "Spring", "Whitelabel", "at java.", "at org.", "Servlet");

    @LocalServerPort
    int port;

    static Stream<Arguments> hostileRequests() {
        return Stream.of(
                hostile("dot segments", get("/../../../../etc/passwd"), 400),
                hostile("dot segments inside the site", get("/sessions/../../pom.xml"), 400),
                hostile("dot segments that stay inside", get("/sessions/../impressum"), 404),
                hostile("encoded dots", get("/%2e%2e/%2e%2e/etc/passwd"), 400),
                hostile("half-encoded dots", get("/.%2e/pom.xml"), 400),
                hostile("encoded slash", get("/..%2f..%2fetc%2fpasswd"), 400),
                hostile("double encoding", get("/%252e%252e%252fpom.xml"), 404),
                hostile("backslashes", get("/..\\..\\pom.xml"), 400),
                hostile("encoded backslashes", get("/..%5c..%5cpom.xml"), 400),
                hostile("path parameter", get("/impressum;jsessionid=x"), 404),
                hostile("path parameter in a dot segment", get("/..;/pom.xml"), 400),
                hostile("null byte", get("/impressum%00.html"), 400),
                hostile("raw control character", get("/impressum\u0001"), 400),
                hostile("overlong UTF-8 dots", get("/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"), 400),
                hostile("overlong UTF-8 slash", get("/..%c0%af..%c0%afetc/passwd"), 400),
                hostile("invalid UTF-8", get("/%ff%fe"), 400),
                hostile("invalid percent encoding", get("/%u002e%u002e/"), 400),
                // Tomcat lets a path parameter through undecoded, and Spring MVC's path parser threw on it (a 500)
                hostile("incomplete escape in a path parameter", get("/programm;%D"), 400),
                hostile("invalid escape in a path parameter", get("/feed.xml;5%ffl%D%5c=-+8x"), 400),
                hostile("bare percent in a path parameter", get("/;%"), 400),
                hostile("undecodable query parameter for Actuator", get("/actuator/health?a%ff=1"), 400),
                hostile("undecodable search query", get("/suche?q=%zz"), 400),
                hostile("markup in the path", get("/<script>alert(1)</script>"), 400),
                hostile("build file", get("/pom.xml"), 404),
                hostile("configuration", get("/application.properties"), 404),
                hostile("packaged configuration", get("/BOOT-INF/classes/application.properties"), 404),
                hostile("web descriptor", get("/WEB-INF/web.xml"), 404),
                hostile("content source", get("/content/veranstaltung.md"), 404),
                hostile("template", get("/templates/layout.html"), 404),
                hostile("double slash", get("//etc/passwd"), 404),
                hostile("the error path itself", get("/error?status=500"), 404),
                hostile("POST to the error path", request("POST", "/error"), 404),
                hostile("another host behind a trailing slash", get("//evil.example/"), 404),
                hostile("absolute-form target", get("http://localhost/impressum"), 200),
                hostile("absolute-form target on another host", get("http://evil.example/"), 400),
                hostile("very long path", get("/" + "a".repeat(10_000)), 400),
                hostile("long query string", get("/?" + "q=1&".repeat(1_250)), 200),
                hostile("very long query string", get("/?" + "q=1&".repeat(2_500)), 400),
                hostile("huge header", get("/", "X-Filler: " + "a".repeat(100_000)), 400),
                hostile("many headers", get("/", IntStream.range(0, 500).mapToObj(i -> "X-H" + i + ": v")
                        .toArray(String[]::new)), 400),
                hostile("header without a colon", get("/", "Nonsense"), 400),
                hostile("unknown method", request("FOO", "/"), 405),
                hostile("TRACE", request("TRACE", "/"), 405),
                hostile("TRACE on Actuator", request("TRACE", "/actuator/health"), 405),
                hostile("CONNECT", "CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n"
                        + "Connection: close\r\n\r\n", 405),
                hostile("OPTIONS", request("OPTIONS", "/"), 405),
                hostile("OPTIONS on the search", request("OPTIONS", "/suche?q=Pflege"), 405),
                hostile("DELETE", request("DELETE", "/impressum"), 405),
                hostile("POST with a body", "POST / HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
                        + "Content-Length: 11\r\nConnection: close\r\n\r\nhello=world", 405),
                // a body declared and never sent held a thread for a minute (Tomcat waited for it before closing)
                hostile("page with a body that never comes", get("/programm", "Content-Length: 5"), 200),
                hostile("chunked page request that never ends", get("/programm", "Transfer-Encoding: chunked"), 200),
                hostile("POST with a body that never comes", request("POST", "/programm", "Content-Length: 5"), 405),
                hostile("Actuator with a body that never comes", get("/actuator/health", "Content-Length: 5"), 400),
                hostile("HTTP/1.0 without Host", "GET / HTTP/1.0\r\n\r\n", 200),
                hostile("space in the target", "GET /impressum x HTTP/1.1\r\nHost: localhost\r\n"
                        + "Connection: close\r\n\r\n", 400),
                hostile("text after the HTTP version", "GET / HTTP/1.1 x\r\nHost: localhost\r\n"
                        + "Connection: close\r\n\r\n", 400),
                hostile("HTTP/1.1 without Host", "GET / HTTP/1.1\r\nConnection: close\r\n\r\n", 400),
                hostile("two Host headers", get("/", "Host: evil.example"), 400),
                hostile("unknown HTTP version", "GET / HTTP/9.9\r\nHost: localhost\r\nConnection: close\r\n\r\n", 400),
                hostile("not HTTP at all", "\u0016\u0003\u0001\u0000\u00a5\u0001\u0000\u0000\u00a1\u0003\u0003\r\n\r\n",
                        400),
                hostile("malformed If-None-Match", get("/", "If-None-Match: \"unterminated, W/, ,,\""), 200),
                hostile("huge If-None-Match", get("/", "If-None-Match: " + "\"x\", ".repeat(1_000) + "\"y\""), 200),
                hostile("malformed Range", get("/", "Range: bytes=abc-"), 200),
                hostile("reversed Range", get("/", "Range: bytes=999999-0"), 200),
                hostile("thousands of ranges", get("/", "Range: bytes=" + "0-0,".repeat(1_000) + "0-0"), 200),
                hostile("gzip with a broken quality", get("/", "Accept-Encoding: gzip;q=abc"), 200),
                hostile("everything refused", get("/", "Accept-Encoding: *;q=0"), 200),
                hostile("1000 codings", get("/", "Accept-Encoding: " + IntStream.range(0, 1_000)
                        .mapToObj(i -> "c" + i).collect(Collectors.joining(", ")) + ", gzip"), 200),
                hostile("Actuator environment", get("/actuator/env"), 404),
                hostile("Actuator traversal", get("/actuator/%2e%2e/pom.xml"), 404),
                hostile("Actuator traversal to a page", get("/actuator/..;/impressum"), 404),
                hostile("POST to Actuator", request("POST", "/actuator/health"), 405),
                hostile("OPTIONS on Actuator", request("OPTIONS", "/actuator/health/readiness"), 405));
    }

    @ParameterizedTest
    @MethodSource("hostileRequests")
    void answersSafely(String request, int status) throws IOException {
        RawHttp.Response response = RawHttp.send(port, request);
        String body = decode(response);

        assertThat(response.status()).as("status").isEqualTo(status);
        assertThat(response.header("Content-Security-Policy")).as("security headers").isNotNull();
        assertThat(LEAKS).noneMatch(body::contains);
        if (status == 405) {
            // also where Tomcat's or Spring's own list named methods the site refuses
            assertThat(response.header("Allow")).as("Allow").isEqualTo("GET, HEAD");
        }
        if (status >= 400) {
            assertThat(response.header("Content-Type")).startsWith("text/html");
            assertThat(body).contains("<html lang=\"de\"", "Fehlercode: <span>" + status);
            // an error page answers at any address: none is its canonical one
            assertThat(body).doesNotContain("rel=\"canonical\"", "og:url");
        } else {
            assertThat(body).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
        }
    }

    /**
     * Requests made of random methods, paths, queries and header values, drawn with a new seed on every run (repeat
     * one with {@code -Dhostile.seed=N}): never a server error, always the security headers.
     */
    @Test
    void randomRequestsNeverGetAServerError() {
        Random random = new Random(SEED);
        for (int i = 0; i < 300; i++) {
            String request = randomRequest(random);
            RawHttp.Response response = RawHttp.send(port, request);

            assertThat(response.status()).as("seed %d: %s", SEED, request).isBetween(200, 499);
            assertThat(response.header("Content-Security-Policy")).as("seed %d: %s", SEED, request)
                    .isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
        }
    }

    private static String randomRequest(Random random) {
        String[] methods = {"GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "TRACE", "PATCH", "CONNECT", "get"};
        String[] routes = {"/", "/programm", "/sessions/ki-diy-style", "/feed.xml", "/programm.ics", "/assets/",
                "/actuator/health", "/impressum", "/error", "*"};
        String[] headers = {"Accept-Encoding", "If-None-Match", "Range", "Accept", "X-Forwarded-Proto", "Cookie",
                "Host", "Content-Length", "Transfer-Encoding"};
        StringBuilder request = new StringBuilder(pick(random, methods)).append(' ')
                .append(pick(random, routes)).append(randomText(random, 12));
        if (random.nextBoolean()) {
            request.append('?').append(randomText(random, 20));
        }
        request.append(" HTTP/1.1\r\nHost: localhost\r\n");
        for (int i = random.nextInt(4); i > 0; i--) {
            request.append(pick(random, headers)).append(": ").append(randomText(random, 15)).append("\r\n");
        }
        return request.append("Connection: close\r\n\r\n").toString();
    }

    /** Printable ASCII and the spellings that path checks trip over; never a line break. */
    private static String randomText(Random random, int maxLength) {
        String[] pieces = {"%00", "%2e", "%2f", "%5c", "%c0%af", "%ff", "%25", "..", "/", ";", "\\", " ", "\u007f",
                "\u00ff"};
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(maxLength + 1); i > 0; i--) {
            text.append(random.nextInt(3) == 0 ? pick(random, pieces) : String.valueOf((char) (33 + random.nextInt(94))));
        }
        return text.toString();
    }

    private static String pick(Random random, String[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    /** The Datenschutz page declares what the operator's proxy logs; the application logs nothing of a request. */
    @Test
    void requestsLeaveNoTraceInTheLog(CapturedOutput output) {
        String marker = "personal-7f3a";
        LoggerFactory.getLogger(HostileRequestsTest.class).warn("output capture works");
        RawHttp.send(port, "POST /" + marker + "?q=" + marker + " HTTP/1.1\r\nHost: localhost\r\nUser-Agent: "
                + marker + "\r\nCookie: id=" + marker + "\r\nContent-Length: 13\r\nConnection: close\r\n\r\n"
                + marker + "body");
        RawHttp.send(port, "GET /actuator/" + marker + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        RawHttp.send(port, "POST /actuator/health?" + marker + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n");
        RawHttp.send(port, "GET /" + marker + "\\x HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        RawHttp.send(port, "GET /" + marker + "%00 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        // the search and Actuator read the query's parameters; Tomcat's message for one it cannot decode quotes it
        RawHttp.send(port, "GET /suche?q=" + marker + "%zz HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n");
        RawHttp.send(port, "GET /actuator/health?" + marker + "%ff HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n");

        assertThat(output.getAll()).contains("output capture works").doesNotContain(marker);
    }

    private static String decode(RawHttp.Response response) throws IOException {
        if ("gzip".equals(response.header("Content-Encoding"))) {
            try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
                return new String(gzip.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        return response.text();
    }

    private static Arguments hostile(String name, String request, int status) {
        return Arguments.of(named(name, request), status);
    }

    private static String get(String target, String... headerLines) {
        return request("GET", target, headerLines);
    }

    private static String request(String method, String target, String... headerLines) {
        StringBuilder request = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: localhost\r\nConnection: close\r\n");
        for (String line : headerLines) {
            request.append(line).append("\r\n");
        }
        return request.append("\r\n").toString();
    }
}
