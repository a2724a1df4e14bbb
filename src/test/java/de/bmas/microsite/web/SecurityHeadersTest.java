package de.bmas.microsite.web;

import de.bmas.microsite.MicrositeProperties;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.tomcat.util.http.MimeHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;

/** Every kind of response the server sends carries the security headers, and HSTS exactly when TLS is in use. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityHeadersTest {

    /** Every response's, on the site's port and on a separate management port. */
    static final Map<String, String> EXPECTED = Map.of(
            "Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self'; font-src 'self'; "
                    + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "strict-origin-when-cross-origin",
            "Cross-Origin-Opener-Policy", "same-origin",
            "Cross-Origin-Resource-Policy", "same-origin");

    @LocalServerPort
    int port;

    /** One request for each way a response comes about: page, asset, the site's errors, Spring's, Tomcat's. */
    static Stream<Arguments> responses() {
        return Stream.of(
                Arguments.of(named("home page", "GET"), "/", 200),
                Arguments.of(named("session page", "GET"), "/sessions/ki-diy-style", 200),
                Arguments.of(named("stylesheet", "GET"), "STYLESHEET", 200),
                Arguments.of(named("HEAD of a page", "HEAD"), "/programm", 200),
                Arguments.of(named("not modified", "GET"), "NOT_MODIFIED", 304),
                Arguments.of(named("site's 404", "GET"), "/gibt-es-nicht", 404),
                Arguments.of(named("site's 405", "POST"), "/", 405),
                Arguments.of(named("Tomcat's 400 for a null byte", "GET"), "/%00", 400),
                Arguments.of(named("Tomcat's 405 for TRACE", "TRACE"), "/", 405),
                Arguments.of(named("Tomcat's answer to OPTIONS *", "OPTIONS"), "*", 200),
                Arguments.of(named("health", "GET"), "/actuator/health", 200),
                Arguments.of(named("readiness", "GET"), "/actuator/health/readiness", 200),
                Arguments.of(named("Spring's 404", "GET"), "/actuator/env", 404),
                Arguments.of(named("Spring's 405", "POST"), "/actuator/health", 405));
    }

    @ParameterizedTest
    @MethodSource("responses")
    void everyResponseCarriesTheSecurityHeaders(String method, String target, int status) {
        RawHttp.Response response = send(method, target);

        assertThat(response.status()).isEqualTo(status);
        EXPECTED.forEach((name, value) -> assertThat(response.header(name)).as(name).isEqualTo(value));
        assertThat(response.header("Permissions-Policy")).contains("camera=()", "geolocation=()", "microphone=()");
        assertThat(response.headers()).doesNotContainKeys("Server", "X-Powered-By", "Set-Cookie",
                "Access-Control-Allow-Origin", "Strict-Transport-Security");
    }

    @ParameterizedTest
    @MethodSource("responses")
    void requestsThatATrustedProxyReceivedOverTlsGetHsts(String method, String target, int status) {
        RawHttp.Response response = send(method, target, "X-Forwarded-Proto: https");

        assertThat(response.status()).isEqualTo(status);
        assertThat(response.header("Strict-Transport-Security")).isEqualTo("max-age=31536000; includeSubDomains");
        assertThat(response.header("Content-Security-Policy")).isEqualTo(EXPECTED.get("Content-Security-Policy"));
    }

    @Test
    void plainHttpThatAProxyForwardsIsSentToHttpsOnTheSameHost() {
        RawHttp.Response response = RawHttp.send(port, "GET /sessions?thema=x HTTP/1.1\r\nHost: kongress.example\r\n"
                + "X-Forwarded-Proto: http\r\nConnection: close\r\n\r\n");

        assertThat(response.status()).isEqualTo(301);
        assertThat(response.header("Location")).isEqualTo("https://kongress.example/sessions?thema=x");
        assertThat(response.header("Content-Security-Policy")).isNotNull();
    }

    /** Tomcat's connector answers an unknown transfer coding on {@code OPTIONS *} itself, with a 501 of its own. */
    @Test
    void anUnknownTransferCodingIsABadRequestAlsoForTheServerItself() {
        RawHttp.Response response = RawHttp.request(port, "OPTIONS", "*", "Transfer-Encoding: x");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Security-Policy")).isEqualTo(EXPECTED.get("Content-Security-Policy"));
    }

    @Test
    void anOperatorWithoutTlsTurnsHstsAndTheRedirectOff() {
        SecurityHeaders headers = new SecurityHeaders(settings(false, false, true));
        Request overTls = new Request(new Connector(), new org.apache.coyote.Request());
        overTls.setSecure(true);
        MockHttpServletRequest forwardedPlain = new MockHttpServletRequest("GET", "/");
        forwardedPlain.addHeader("Host", "kongress.example");
        forwardedPlain.addHeader("X-Forwarded-Proto", "http");
        Response response = new Response(new org.apache.coyote.Response());

        headers.apply(overTls, response);

        assertThat(response.getHeader("Strict-Transport-Security")).isNull();
        assertThat(response.getHeader("Content-Security-Policy")).isEqualTo(EXPECTED.get("Content-Security-Policy"));
        assertThat(headers.httpsLocation(forwardedPlain)).isEmpty();
    }

    @Test
    void pagesWithoutTheSearchFormAllowNoFormAtAll() {
        MimeHeaders sent = new MimeHeaders();

        new SecurityHeaders(settings(true, false, false)).apply(sent, true);

        assertThat(sent.getHeader("Content-Security-Policy")).isEqualTo(EXPECTED.get("Content-Security-Policy")
                .replace("form-action 'self'", "form-action 'none'"));
    }

    /** Tomcat's error report sets them again on a response that may already have them. */
    @Test
    void settingTheHeadersAgainKeepsOneOfEach() {
        SecurityHeaders headers = new SecurityHeaders(settings(true, false, true));
        Request overTls = new Request(new Connector(), new org.apache.coyote.Request());
        overTls.setSecure(true);
        Response response = new Response(new org.apache.coyote.Response());

        headers.apply(overTls, response);
        headers.apply(overTls, response);

        // the fixed ones, Permissions-Policy and HSTS
        assertThat(response.getHeaderNames()).hasSize(EXPECTED.size() + 2).doesNotHaveDuplicates();
    }

    /** Tomcat reuses a response's header fields, buffers included, and writes a Content-Length into one. */
    @Test
    void tomcatReusingAHeaderBufferLeavesTheHeadersOfLaterResponsesIntact() {
        SecurityHeaders headers = new SecurityHeaders(settings(true, false, true));
        MimeHeaders reused = new MimeHeaders();
        headers.apply(reused, true);
        reused.recycle();
        reused.addValue("Content-Length").setLong(0);
        reused.recycle();

        headers.apply(reused, true);

        assertThat(reused.getHeader("Content-Security-Policy")).isEqualTo(EXPECTED.get("Content-Security-Policy"));
        assertThat(reused.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000; includeSubDomains");
    }

    private RawHttp.Response send(String method, String target, String... headerLines) {
        if (target.equals("STYLESHEET")) {
            return RawHttp.request(port, method, stylesheet(), headerLines);
        }
        if (target.equals("NOT_MODIFIED")) {
            String etag = RawHttp.request(port, "GET", "/").header("ETag");
            return RawHttp.request(port, method, "/", concat(headerLines, "If-None-Match: " + etag));
        }
        return RawHttp.request(port, method, target, headerLines);
    }

    private String stylesheet() {
        Matcher link = Pattern.compile("href=\"(/assets/site\\.[0-9a-f]+\\.css)\"")
                .matcher(RawHttp.request(port, "GET", "/").text());
        assertThat(link.find()).as("the home page links its stylesheet").isTrue();
        return link.group(1);
    }

    private static String[] concat(String[] lines, String line) {
        String[] all = java.util.Arrays.copyOf(lines, lines.length + 1);
        all[lines.length] = line;
        return all;
    }

    private static MicrositeProperties settings(boolean hsts, boolean preview, boolean search) {
        return new MicrositeProperties(null, preview, false, null, null, false, search, hsts);
    }
}
