package de.bmas.microsite.site;

import de.bmas.microsite.MicrositeApplication;
import de.bmas.microsite.testing.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The preview machinery leaves production untouched: every route and error page of the shipped content renders to
 * the same bytes whether or not the server also runs the reload machinery and reads templates and assets from the
 * folders that hold the preview's files too, no production response carries a trace of the preview, and the
 * security policy still forbids every script.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProductionBytesTest {

    private static final Pattern PREVIEW_TRACES =
            Pattern.compile("vorschau|preview-bar|data-stand|<script src|EventSource", Pattern.CASE_INSENSITIVE);

    @Autowired
    SiteHolder holder;

    @LocalServerPort
    int port;

    @Test
    void everyRouteIsByteForByteTheSameWithTheReloadMachineryAndThePreviewFilesAround() {
        RenderedSite plain = holder.current().rendered();
        try (ConfigurableApplicationContext reloading = new SpringApplicationBuilder(MicrositeApplication.class)
                .run("--server.port=0", "--microsite.reload=true", "--microsite.preview=false",
                        "--microsite.assets-dir=src/main/resources/static",
                        "--spring.thymeleaf.prefix=file:src/main/resources/templates/",
                        "--spring.thymeleaf.cache=false")) {
            RenderedSite other = reloading.getBean(SiteHolder.class).current().rendered();

            assertThat(other.routes()).isEqualTo(plain.routes());
            plain.routes().forEach(route -> assertSame(route, plain.get(route).orElseThrow(),
                    other.get(route).orElseThrow()));
            List.of(400, 404, 405, 500).forEach(status -> assertSame("error " + status, plain.errorPage(status),
                    other.errorPage(status)));
        }
    }

    @Test
    void noProductionResponseCarriesATraceOfThePreview() {
        Collection<PreparedResponse> responses = holder.current().rendered().responses();
        assertThat(responses).isNotEmpty().allSatisfy(response -> assertThat(PREVIEW_TRACES.matcher(
                new String(response.body(), StandardCharsets.ISO_8859_1)).find()).as(response.route()).isFalse());
        assertThat(Http.get(port, Routes.PREVIEW_GUIDE).status()).isEqualTo(404);
        assertThat(Http.get(port, Routes.PREVIEW_EVENTS).status()).isEqualTo(404);
    }

    @Test
    void theSecurityPolicyStillForbidsEveryScript() {
        assertThat(Http.get(port, "/").headers().firstValue("Content-Security-Policy")).hasValue(
                "default-src 'none'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; "
                        + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
    }

    private static void assertSame(String what, PreparedResponse expected, PreparedResponse actual) {
        assertThat(actual).as(what).isNotNull();
        assertThat(actual.body()).as(what).isEqualTo(expected.body());
        assertThat(actual.contentType()).as(what).isEqualTo(expected.contentType());
        assertThat(actual.cacheControl()).as(what).isEqualTo(expected.cacheControl());
        assertThat(actual.etag()).as(what).isEqualTo(expected.etag());
    }
}
