package de.bmas.microsite.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Of Actuator only the health endpoint with its probes is reachable, and it tells nothing but the status. */
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
