package de.bmas.microsite.preview;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/**
 * An editor who starts the preview a second time gets, instead of Spring's English "Port 8080 was already in use",
 * what it means for them and the way out in German. The production server keeps Spring's own analysis, which
 * its operators read.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortTakenFailureAnalyzer extends AbstractFailureAnalyzer<PortInUseException> {

    private final Environment environment;

    PortTakenFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, PortInUseException cause) {
        if (!PreviewMode.in(environment)) {
            return null;
        }
        int port = cause.getPort();
        return new FailureAnalysis("Die Vorschau kann nicht starten: Die Nummer " + port + " (Port) ist schon belegt, "
                + "meist von einer Vorschau, die in einem anderen Fenster noch läuft.",
                "Läuft dort Ihre Vorschau, öffnen Sie sie unter " + PreviewConsole.address(
                        environment.getProperty("server.address"), port) + " – sonst starten Sie diese mit einer "
                        + "anderen Nummer: java -jar microsite.jar preview --server.port=" + (port + 1), cause);
    }
}
