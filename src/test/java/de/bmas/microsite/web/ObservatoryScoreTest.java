package de.bmas.microsite.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scores the real responses by the Mozilla HTTP Observatory's rules as a scan of {@code https://HOST/} behind the
 * operator's TLS proxy would see them: the goal is A+ with at least 115 points.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ObservatoryScoreTest {

    private static final String HOST = "kongress.example";

    @LocalServerPort
    int port;

    @Test
    void theHomePageScoresAPlus() {
        List<Observatory.Result> results = Observatory.evaluate(scan("/"));

        assertThat(results).extracting(Observatory.Result::outcome).containsExactly(
                "csp-implemented-with-no-unsafe-default-src-none",
                "cookies-not-found",
                "cross-origin-resource-sharing-not-implemented",
                "redirection-to-https",
                "referrer-policy-private",
                "hsts-implemented-max-age-at-least-six-months",
                "sri-not-implemented-but-no-scripts-loaded",
                "x-content-type-options-nosniff",
                "x-frame-options-implemented-via-csp",
                "corp-implemented-with-same-origin");
        assertThat(Observatory.score(results)).as("A+ from 115").isEqualTo(130);
    }

    /** The scanner only visits the home page; every other response would score the same. */
    @ParameterizedTest
    @ValueSource(strings = {"/sessions/ki-diy-style", "/gibt-es-nicht", "/%00", "/actuator/health",
            "/actuator/env"})
    void everyOtherResponseScoresTheSame(String target) {
        assertThat(Observatory.score(Observatory.evaluate(scan(target)))).isEqualTo(130);
    }

    @Test
    void theScoringPenalisesWhatTheHeadersPrevent() {
        RawHttp.Response bare = new RawHttp.Response(200, new TreeMap<>(String.CASE_INSENSITIVE_ORDER), new byte[0]);

        List<Observatory.Result> results =
                Observatory.evaluate(new Observatory.Scan(bare, bare, HOST, List.of(), false));

        // CSP -25, redirection -20, HSTS -20, X-Content-Type-Options -5, X-Frame-Options -20
        assertThat(Observatory.score(results)).isEqualTo(10);
    }

    private Observatory.Scan scan(String target) {
        return Observatory.scan(port, HOST, target);
    }
}
