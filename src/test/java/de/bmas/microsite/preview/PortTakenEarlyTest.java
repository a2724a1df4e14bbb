package de.bmas.microsite.preview;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.boot.web.server.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.web.context.support.GenericWebApplicationContext;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The preview's port, tried before the site is built, on real sockets of this machine. */
class PortTakenEarlyTest {

    @Test
    void aTakenPortStopsThePreviewBeforeTheSiteIsBuilt() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Throwable failure = catchThrowable(() -> prepare(new AnnotationConfigServletWebServerApplicationContext(),
                    preview().withProperty("server.port", String.valueOf(taken.getLocalPort()))));

            assertThat(failure).isInstanceOfSatisfying(PortInUseException.class,
                    inUse -> assertThat(inUse.getPort()).isEqualTo(taken.getLocalPort()));
        }
    }

    @Test
    void aFreePortIsLeftForTheWebServer() throws IOException {
        int free;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            free = probe.getLocalPort();
        }
        MockEnvironment environment = preview().withProperty("server.port", String.valueOf(free));

        prepare(new AnnotationConfigServletWebServerApplicationContext(), environment);

        try (ServerSocket webServer = new ServerSocket(free, 1, InetAddress.getLoopbackAddress())) {
            assertThat(webServer.getLocalPort()).isEqualTo(free);
        }
    }

    @Test
    void aNumberBeyondTheLastPortIsNamedInGerman() {
        Throwable failure = catchThrowable(() -> prepare(new AnnotationConfigServletWebServerApplicationContext(),
                preview().withProperty("server.port", "99999")));

        assertThat(new InvalidOptionFailureAnalyzer(preview()).analyze(failure).getDescription())
                .isEqualTo("Die Vorschau kann nicht starten: „99999“ ist kein gültiger Wert für --server.port.");
    }

    /** The server's operators read Spring's own report; a test's mock environment opens no port. */
    @Test
    void neitherTheServerNorAContextWithoutAWebServerTries() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String port = String.valueOf(taken.getLocalPort());
            MockEnvironment server = new MockEnvironment().withProperty("server.address", "127.0.0.1")
                    .withProperty("server.port", port);

            assertThatCode(() -> prepare(new AnnotationConfigServletWebServerApplicationContext(), server))
                    .doesNotThrowAnyException();
            assertThatCode(() -> prepare(new GenericWebApplicationContext(), preview().withProperty("server.port",
                    port))).doesNotThrowAnyException();
        }
    }

    private static MockEnvironment preview() {
        return new MockEnvironment().withProperty("microsite.preview", "true")
                .withProperty("server.address", "127.0.0.1");
    }

    private static void prepare(ConfigurableApplicationContext context, MockEnvironment environment) {
        context.setEnvironment(environment);
        new PortTakenEarly().onApplicationEvent(new ApplicationPreparedEvent(new SpringApplication(), new String[0],
                context));
    }
}
