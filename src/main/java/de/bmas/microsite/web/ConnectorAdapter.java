package de.bmas.microsite.web;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.coyote.ActionCode;
import org.apache.coyote.Adapter;
import org.apache.coyote.Request;
import org.apache.coyote.Response;
import org.apache.tomcat.util.net.SocketEvent;

/**
 * Wraps Tomcat's connector adapter, which sees every request before any valve, for two things no valve can do.
 * <p>
 * Tomcat answers {@code OPTIONS *}, a question about the server rather than a page, in its connector; this adapter
 * puts the security headers on that answer too. It trusts {@code X-Forwarded-Proto} without knowing the proxy,
 * which is harmless for HSTS: browsers ignore it on a response over plain HTTP.
 * <p>
 * The site reads no request body. After answering, Tomcat would read what is left of a declared body before it
 * closes the connection, holding one of its threads until the body arrives or the connection times out (a
 * minute): a client that declares a body and never sends it held a thread that long, and 250 of them stopped the
 * server for a minute. For a request that declares a body, Tomcat closes the connection after the answer instead.
 */
final class ConnectorAdapter implements Adapter {

    private final Adapter tomcat;
    private final SecurityHeaders headers;

    ConnectorAdapter(Adapter tomcat, SecurityHeaders headers) {
        this.tomcat = tomcat;
        this.headers = headers;
    }

    @Override
    public void service(Request request, Response response) throws Exception {
        if (request.requestURI().equals("*")) {
            // a transfer coding Tomcat does not know: a request the site cannot take, like any other (Tomcat's 501
            // says the server falls short); other targets get their 4xx on the way through the site
            if (response.getStatus() == HttpServletResponse.SC_NOT_IMPLEMENTED) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            }
            headers.apply(response.getMimeHeaders(), "https".equals(request.scheme().toString())
                    || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto")));
        }
        tomcat.service(request, response);
        closeAfterAnswer(request);
    }

    /** After the answer: marked before it, the request would count as failed and get a 500. */
    private static void closeAfterAnswer(Request request) {
        if (declaresBody(request.getHeader("Content-Length"), request.getHeader("Transfer-Encoding"))) {
            request.action(ActionCode.DISABLE_SWALLOW_INPUT, null);
        }
    }

    /**
     * Whether a request with these headers says content follows; also with a {@code Content-Length} that does not
     * parse, which Tomcat's own answer may have left unread.
     */
    static boolean declaresBody(String contentLength, String transferEncoding) {
        return transferEncoding != null || contentLength != null && !isZero(contentLength);
    }

    private static boolean isZero(String contentLength) {
        try {
            return Long.parseLong(contentLength.strip()) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    @Override
    public boolean prepare(Request request, Response response) throws Exception {
        return tomcat.prepare(request, response);
    }

    @Override
    public boolean asyncDispatch(Request request, Response response, SocketEvent status) throws Exception {
        // Actuator answers asynchronously: its answer is complete only here
        boolean done = tomcat.asyncDispatch(request, response, status);
        closeAfterAnswer(request);
        return done;
    }

    @Override
    public void log(Request request, Response response, long time) {
        tomcat.log(request, response, time);
    }

    @Override
    public void checkRecycled(Request request, Response response) {
        tomcat.checkRecycled(request, response);
    }

    @Override
    public String getDomain() {
        return tomcat.getDomain();
    }
}
