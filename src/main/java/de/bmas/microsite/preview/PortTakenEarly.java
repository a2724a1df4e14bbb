package de.bmas.microsite.preview;

import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

import java.io.IOException;
import java.math.BigInteger;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * The preview tries its port before it builds the site, so that an editor who starts it a second time reads
 * {@link PortTakenFailureAnalyzer}'s answer at once rather than after the whole build, and one who types a number
 * beyond the last port reads {@link InvalidOptionFailureAnalyzer}'s instead of the web server's stack trace. The
 * web server still binds the port itself later; this only answers sooner. Neither the production server (its
 * operators read Spring's own report) nor a context without a server of its own (a test's mock environment) tries.
 */
class PortTakenEarly implements ApplicationListener<ApplicationPreparedEvent> {

    /** Spring Boot's port when none is set. */
    private static final String DEFAULT_PORT = "8080";
    private static final BigInteger MAX_PORT = BigInteger.valueOf(65_535);

    @Override
    public void onApplicationEvent(ApplicationPreparedEvent event) {
        Environment environment = event.getApplicationContext().getEnvironment();
        String port = environment.getProperty("server.port", DEFAULT_PORT).strip();
        // port 0 takes any free one; a value that is no number is reported by the binding, as without this check
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext) || !port.matches("[0-9]+")
                || !PreviewMode.in(environment)) {
            return;
        }
        BigInteger number = new BigInteger(port);
        if (number.compareTo(MAX_PORT) > 0) {
            // the web server would fail with a stack trace; InvalidOptionFailureAnalyzer names the option instead
            throw new InvalidConfigurationPropertyValueException("server.port", port, "Ports end at " + MAX_PORT);
        }
        if (number.signum() > 0) {
            tryToBind(environment.getProperty("server.address"), number.intValue());
        }
    }

    private static void tryToBind(String address, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(address == null ? new InetSocketAddress(port)
                    : new InetSocketAddress(InetAddress.getByName(address), port));
        } catch (BindException e) {
            throw new PortInUseException(port, e);
        } catch (IOException e) {
            // an address or port that cannot be bound for another reason: the web server reports it when it tries
        }
    }
}
