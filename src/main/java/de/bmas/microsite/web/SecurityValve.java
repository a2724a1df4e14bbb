package de.bmas.microsite.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;

import java.io.IOException;
import java.util.Optional;

/**
 * Puts the security headers on every response Tomcat sends, before anything else runs: pages, Actuator, Spring's
 * error path and the errors Tomcat raises itself for malformed requests, which never reach a servlet filter.
 * Runs after the RemoteIpValve, so a trusted proxy's {@code X-Forwarded-Proto} is already applied.
 */
final class SecurityValve extends ValveBase {

    private final SecurityHeaders headers;

    SecurityValve(SecurityHeaders headers) {
        super(true);
        this.headers = headers;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        // HTTP/0.9 comes without a protocol ("", while a request line that does not parse has none at all, null)
        // and knows no headers, so no answer to it could carry the security headers: close without one
        if ("".equals(request.getProtocol())) {
            response.getCoyoteResponse().action(ActionCode.CLOSE_NOW, null);
            return;
        }
        headers.apply(request, response);
        Optional<String> https = headers.httpsLocation(request);
        if (https.isPresent()) {
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", https.get());
            return;
        }
        getNext().invoke(request, response);
    }
}
