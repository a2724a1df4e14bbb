package de.bmas.microsite.web;

import de.bmas.microsite.site.SiteHolder;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.thymeleaf.ITemplateEngine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.verifyNoInteractions;

/** What browsers and CDNs rely on: validators, compression, caching rules, HEAD, and no work per request. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CachingTest {

    private static final String PAGE = "/programm";
    private static final String STRONG_ETAG = "\"[^\"]+\"";

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    SiteHolder holder;

    @MockitoSpyBean
    ITemplateEngine templates;

    @Test
    void pageAnswersIfNoneMatchWith304AndNoBody() throws Exception {
        HttpResponse<byte[]> page = get(PAGE);
        String etag = header(page, "ETag");
        assertThat(etag).matches(STRONG_ETAG);
        assertThat(header(page, "Cache-Control")).isEqualTo("public, max-age=60, must-revalidate");
        assertThat(header(page, "Last-Modified")).matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");

        HttpResponse<byte[]> again = get(PAGE, "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(header(again, "ETag")).isEqualTo(etag);
        assertThat(header(again, "Cache-Control")).isEqualTo("public, max-age=60, must-revalidate");

        assertThat(get(PAGE, "If-None-Match", "\"something-else\"").statusCode()).isEqualTo(200);
        assertThat(get(PAGE, "If-None-Match", "\"other\", W/" + etag).statusCode()).isEqualTo(304);
    }

    @Test
    void stylesheetHasAFingerprintedUrlAndIsCachedForAYear() throws Exception {
        String stylesheet = stylesheetOf(get("/"));
        assertThat(stylesheet).matches("/assets/site\\.[0-9a-f]{12}\\.css");
        assertThat(stylesheetOf(get(PAGE))).isEqualTo(stylesheet);

        HttpResponse<byte[]> css = get(stylesheet);
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(header(css, "Content-Type")).startsWith("text/css");
        assertThat(header(css, "Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        String etag = header(css, "ETag");
        assertThat(etag).matches(STRONG_ETAG);
        HttpResponse<byte[]> again = get(stylesheet, "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void gzipIsSentOnlyToClientsThatAskForIt() throws Exception {
        for (String route : new String[]{"/", PAGE}) {
            HttpResponse<byte[]> identity = get(route);
            HttpResponse<byte[]> gzipped = get(route, "Accept-Encoding", "gzip, deflate, br");

            assertThat(identity.headers().firstValue("Content-Encoding")).isEmpty();
            assertThat(header(gzipped, "Content-Encoding")).isEqualTo("gzip");
            assertThat(header(identity, "Vary")).isEqualTo("Accept-Encoding");
            assertThat(header(gzipped, "Vary")).isEqualTo("Accept-Encoding");
            assertThat(gzipped.body().length).isLessThan(identity.body().length / 2);
            assertThat(gunzip(gzipped.body())).isEqualTo(identity.body());
            assertThat(header(gzipped, "ETag")).matches(STRONG_ETAG).isNotEqualTo(header(identity, "ETag"));

            assertThat(get(route, "Accept-Encoding", "gzip;q=0, identity").headers().firstValue("Content-Encoding"))
                    .isEmpty();
            assertThat(get(route, "Accept-Encoding", "br").headers().firstValue("Content-Encoding")).isEmpty();
            assertThat(header(get(route, "Accept-Encoding", "*"), "Content-Encoding")).isEqualTo("gzip");
        }
    }

    @Test
    void theValidatorOfOneEncodingDoesNotValidateTheOther() throws Exception {
        String identityEtag = header(get(PAGE), "ETag");
        HttpRequest request = HttpRequest.newBuilder(uri(PAGE))
                .header("Accept-Encoding", "gzip").header("If-None-Match", identityEtag).build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(header(response, "Content-Encoding")).isEqualTo("gzip");
    }

    @Test
    void headSendsTheHeadersOfGetWithoutTheBody() throws Exception {
        HttpResponse<byte[]> get = get(PAGE);
        HttpResponse<byte[]> head = http.send(HttpRequest.newBuilder(uri(PAGE))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(header(head, "Content-Length")).isEqualTo(String.valueOf(get.body().length));
        for (String name : new String[]{"ETag", "Cache-Control", "Content-Type", "Last-Modified", "Vary"}) {
            assertThat(header(head, name)).as(name).isEqualTo(header(get, name));
        }
    }

    @Test
    void errorPagesAreNotCached() throws Exception {
        HttpResponse<byte[]> missing = get("/gibt-es-nicht");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(header(missing, "Cache-Control")).isEqualTo("no-store");
        assertThat(missing.headers().firstValue("ETag")).isEmpty();
    }

    @Test
    void servingRendersNothing() throws Exception {
        clearInvocations(templates);
        for (String route : holder.current().rendered().byRoute().keySet()) {
            assertThat(get(route).statusCode()).as(route).isEqualTo(200);
            assertThat(get(route, "Accept-Encoding", "gzip").statusCode()).as(route).isEqualTo(200);
        }
        assertThat(get("/gibt-es-nicht").statusCode()).isEqualTo(404);
        verifyNoInteractions(templates);
    }

    private String stylesheetOf(HttpResponse<byte[]> page) {
        return Jsoup.parse(new String(page.body(), StandardCharsets.UTF_8))
                .selectFirst("link[rel=stylesheet]").attr("href");
    }

    private HttpResponse<byte[]> get(String route, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(route));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private URI uri(String route) {
        return URI.create("http://127.0.0.1:" + port + route);
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElseThrow(() -> new AssertionError("no " + name + " header"));
    }

    static byte[] gunzip(byte[] gzipped) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        }
    }
}
