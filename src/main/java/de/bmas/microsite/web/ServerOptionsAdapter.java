package de.bmas.microsite.web;

import org.apache.coyote.Adapter;
import org.apache.coyote.Request;
import org.apache.coyote.Response;
import org.apache.tomcat.util.net.SocketEvent;

/**
 * Tomcat answers {@code OPTIONS *}, a question about the server rather than a page, in its connector, before any
 * valve runs; this adapter puts the security headers on that answer too. It trusts {@code X-Forwarded-Proto}
 * without knowing the proxy, which is harmless for HSTS: browsers ignore it on a response over plain HTTP.
 */
final class ServerOptionsAdapter implements Adapter {

    private final Adapter tomcat;
    private final SecurityHeaders headers;

    ServerOptionsAdapter(Adapter tomcat, SecurityHeaders headers) {
        this.tomcat = tomcat;
        this.headers = headers;
    }

    @Override
    public void service(Request request, Response response) throws Exception {
        if (request.requestURI().equals("*")) {
            headers.apply(response.getMimeHeaders(), "https".equals(request.scheme().toString())
                    || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto")));
        }
        tomcat.service(request, response);
    }

    @Override
    public boolean prepare(Request request, Response response) throws Exception {
        return tomcat.prepare(request, response);
    }

    @Override
    public boolean asyncDispatch(Request request, Response response, SocketEvent status) throws Exception {
        return tomcat.asyncDispatch(request, response, status);
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
