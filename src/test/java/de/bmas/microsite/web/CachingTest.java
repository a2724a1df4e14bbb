package de.bmas.microsite.web;

import de.bmas.microsite.site.SiteHolder;
import de.bmas.microsite.testing.Http;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.thymeleaf.ITemplateEngine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.verifyNoInteractions;

/** What browsers and CDNs rely on: validators, compression, caching rules, HEAD, and no work per request. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CachingTest {

    private static final String PAGE = "/programm";
    private static final String STRONG_ETAG = "\"[^\"]+\"";

    @LocalServerPort
    int port;

    @Autowired
    SiteHolder holder;

    @MockitoSpyBean
    ITemplateEngine templates;

    @Test
    void pageAnswersIfNoneMatchWith304AndNoBody() {
        Http.Response page = get(PAGE);
        String etag = page.header("ETag");
        assertThat(etag).matches(STRONG_ETAG);
        assertThat(page.header("Cache-Control")).isEqualTo("public, max-age=60, must-revalidate");
        assertThat(page.header("Last-Modified")).matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");

        Http.Response again = get(PAGE, "If-None-Match", etag);
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.header("ETag")).isEqualTo(etag);
        assertThat(again.header("Cache-Control")).isEqualTo("public, max-age=60, must-revalidate");

        assertThat(get(PAGE, "If-None-Match", "\"something-else\"").status()).isEqualTo(200);
        assertThat(get(PAGE, "If-None-Match", "\"other\", W/" + etag).status()).isEqualTo(304);
    }

    @Test
    void stylesheetHasAFingerprintedUrlAndIsCachedForAYear() {
        String stylesheet = stylesheetOf(get("/"));
        assertThat(stylesheet).matches("/assets/site\\.[0-9a-f]{12}\\.css");
        assertThat(stylesheetOf(get(PAGE))).isEqualTo(stylesheet);

        Http.Response css = get(stylesheet);
        assertThat(css.status()).isEqualTo(200);
        assertThat(css.header("Content-Type")).startsWith("text/css");
        assertThat(css.header("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        String etag = css.header("ETag");
        assertThat(etag).matches(STRONG_ETAG);
        Http.Response again = get(stylesheet, "If-None-Match", etag);
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void gzipIsSentOnlyToClientsThatAskForIt() throws IOException {
        for (String route : new String[]{"/", PAGE}) {
            Http.Response identity = get(route);
            Http.Response gzipped = get(route, "Accept-Encoding", "gzip, deflate, br");

            assertThat(identity.header("Content-Encoding")).isNull();
            assertThat(gzipped.header("Content-Encoding")).isEqualTo("gzip");
            assertThat(identity.header("Vary")).isEqualTo("Accept-Encoding");
            assertThat(gzipped.header("Vary")).isEqualTo("Accept-Encoding");
            assertThat(gzipped.body().length).isLessThan(identity.body().length / 2);
            assertThat(gunzip(gzipped.body())).isEqualTo(identity.body());
            assertThat(gzipped.header("ETag")).matches(STRONG_ETAG).isNotEqualTo(identity.header("ETag"));

            assertThat(get(route, "Accept-Encoding", "gzip;q=0, identity").header("Content-Encoding")).isNull();
            assertThat(get(route, "Accept-Encoding", "br").header("Content-Encoding")).isNull();
            assertThat(get(route, "Accept-Encoding", "*").header("Content-Encoding")).isEqualTo("gzip");
        }
    }

    @Test
    void theValidatorOfOneEncodingDoesNotValidateTheOther() {
        String identityEtag = get(PAGE).header("ETag");
        Http.Response response = get(PAGE, "Accept-Encoding", "gzip", "If-None-Match", identityEtag);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Encoding")).isEqualTo("gzip");
    }

    @Test
    void headSendsTheHeadersOfGetWithoutTheBody() {
        Http.Response get = get(PAGE);
        Http.Response head = Http.send(port, "HEAD", PAGE);
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.header("Content-Length")).isEqualTo(String.valueOf(get.body().length));
        for (String name : new String[]{"ETag", "Cache-Control", "Content-Type", "Last-Modified", "Vary"}) {
            assertThat(head.header(name)).as(name).isNotNull().isEqualTo(get.header(name));
        }
    }

    @Test
    void errorPagesAreNotCached() {
        Http.Response missing = get("/gibt-es-nicht");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Cache-Control")).isEqualTo("no-store");
        assertThat(missing.header("ETag")).isNull();
    }

    @Test
    void servingRendersNothing() {
        clearInvocations(templates);
        for (String route : holder.current().rendered().routes()) {
            assertThat(get(route).status()).as(route).isEqualTo(200);
            assertThat(get(route, "Accept-Encoding", "gzip").status()).as(route).isEqualTo(200);
        }
        assertThat(get("/gibt-es-nicht").status()).isEqualTo(404);
        verifyNoInteractions(templates);
    }

    private String stylesheetOf(Http.Response page) {
        return Jsoup.parse(page.text()).selectFirst("link[rel=stylesheet]").attr("href");
    }

    private Http.Response get(String route, String... headers) {
        return Http.get(port, route, headers);
    }

    static byte[] gunzip(byte[] gzipped) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        }
    }
}
