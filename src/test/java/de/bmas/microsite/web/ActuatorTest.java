package de.bmas.microsite.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Of Actuator only the health endpoint with its probes, which tells nothing but the status, and the content status
 * are reachable.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ActuatorTest {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"})
    void healthAndItsProbesAnswerWithTheStatusOnly(String path) {
        RawHttp.Response response = RawHttp.request(port, "GET", path);

        Map<String, Object> health = new JsonMapper().readValue(response.text(), new TypeReference<>() {
        });

        assertThat(response.status()).isEqualTo(200);
        assertThat(health).containsEntry("status", "UP").doesNotContainKeys("components", "details");
        assertThat(health.keySet()).isSubsetOf("status", "groups");
    }

    @Test
    void theContentStatusTellsVersionsTimesAndCountsOnly() {
        RawHttp.Response response = RawHttp.request(port, "GET", "/actuator/content");

        Map<String, Object> content = new JsonMapper().readValue(response.text(), new TypeReference<>() {
        });

        assertThat(response.status()).isEqualTo(200);
        assertThat(content).containsOnlyKeys("version", "loadedAt", "warnings", "lastAttempt");
        assertThat((String) content.get("version")).matches("[0-9a-f]{16}");
        @SuppressWarnings("unchecked")
        Map<String, Object> lastAttempt = (Map<String, Object>) content.get("lastAttempt");
        assertThat(lastAttempt).containsOnlyKeys("version", "at", "failed", "errors", "warnings")
                .containsEntry("failed", false).containsEntry("version", content.get("version"));
        assertThat(RawHttp.request(port, "POST", "/actuator/content").status()).isEqualTo(405);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator", "/actuator/", "/actuator/env", "/actuator/info", "/actuator/beans",
            "/actuator/configprops", "/actuator/mappings", "/actuator/metrics", "/actuator/loggers",
            "/actuator/heapdump", "/actuator/threaddump", "/actuator/shutdown", "/actuator/health/diskSpace",
            "/actuator/health/ping", "/actuator/health/livenessState", "/actuator/health/unbekannt", "/livez",
            "/readyz"})
    void everythingElseIsNotFoundWithTheSitesPage(String path) {
        RawHttp.Response response = RawHttp.request(port, "GET", path, "Accept: text/html");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.text()).contains("Seite nicht gefunden");
    }
}
