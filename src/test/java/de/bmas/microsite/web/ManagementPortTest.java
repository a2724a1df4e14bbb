package de.bmas.microsite.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Actuator on a port of its own, as operations.md recommends: it runs in a context of its own, which must refuse
 * what cannot be decoded as the site's port does, with a 400 rather than a 500 or a log line quoting it, send the
 * same security headers and not wait for a request body that never comes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"management.server.port=0", "management.server.address=127.0.0.1"})
@ExtendWith(OutputCaptureExtension.class)
class ManagementPortTest {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Test
    void healthAnswersOnTheManagementPort() {
        assertThat(managementPort).isNotEqualTo(port);
        assertThat(RawHttp.request(managementPort, "GET", "/actuator/health").status()).isEqualTo(200);
    }

    /** What the production examples rely on: with Actuator on its own port, the public port does not answer it. */
    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health", "/actuator/health/readiness", "/actuator/content"})
    void theSitesPortDoesNotAnswerActuator(String path) {
        assertThat(RawHttp.request(port, "GET", path).status()).isEqualTo(404);
        assertThat(RawHttp.request(managementPort, "GET", path).status()).isEqualTo(200);
    }

    @Test
    void theManagementPortSendsTheSecurityHeaders() {
        RawHttp.Response health = RawHttp.request(managementPort, "GET", "/actuator/health");
        RawHttp.Response notFound = RawHttp.request(managementPort, "GET", "/gibt-es-nicht");

        for (RawHttp.Response response : new RawHttp.Response[] {health, notFound}) {
            SecurityHeadersTest.EXPECTED.forEach((name, value) ->
                    assertThat(response.header(name)).as("%s on %s", name, response).isEqualTo(value));
            assertThat(response.header("Permissions-Policy")).isEqualTo(SecurityHeaders.PERMISSIONS_POLICY);
        }
        assertThat(notFound.status()).isEqualTo(404);
    }

    /** As on the site's port: an answer within the socket's 30-second read timeout, not after Tomcat's minute. */
    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "GET"})
    void aBodyThatNeverComesDoesNotHoldTheConnection(String method) {
        RawHttp.Response response = RawHttp.request(managementPort, method, "/actuator/health", "Content-Length: 5");

        assertThat(response.status()).as(method).isBetween(400, 499);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health;%D", "/actuator/content;%zz", "/;%", "/actuator/health?a%ff=1"})
    void aRequestThatDoesNotDecodeIsABadRequestOnBothPortsAndLogsNothing(String path, CapturedOutput output) {
        assertThat(RawHttp.request(managementPort, "GET", path).status()).as("management port").isEqualTo(400);
        assertThat(RawHttp.request(port, "GET", path).status()).as("site port").isEqualTo(400);
        assertThat(output.getAll()).as("log of %s", path).doesNotContain("Exception", "ERROR");
    }
}
