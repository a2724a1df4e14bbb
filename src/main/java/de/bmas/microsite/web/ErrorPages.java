package de.bmas.microsite.web;

import de.bmas.microsite.site.PreparedResponse;
import de.bmas.microsite.site.SiteHolder;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/** Picks the German error page of the current site for any error status. */
@Component
@ConditionalOnWebApplication
class ErrorPages {

    private final SiteHolder holder;

    ErrorPages(SiteHolder holder) {
        this.holder = holder;
    }

    /**
     * The status to answer with: nothing a client sends may look like a failure of the server to those who watch
     * for 5xx. Tomcat answers a made-up HTTP version with 505, which is the client's mistake (400), and refuses
     * {@code CONNECT} with 501, which is a method the site does not allow (405).
     */
    static int status(int reported) {
        return switch (reported) {
            case HttpServletResponse.SC_HTTP_VERSION_NOT_SUPPORTED -> HttpServletResponse.SC_BAD_REQUEST;
            case HttpServletResponse.SC_NOT_IMPLEMENTED -> HttpServletResponse.SC_METHOD_NOT_ALLOWED;
            default -> reported;
        };
    }

    /**
     * Status and headers of an error answer: never cached, and a 405 names the methods that every page allows,
     * also where Tomcat's own list named methods the site refuses.
     */
    static void prepare(HttpServletResponse response, int status) {
        response.setStatus(status);
        response.setHeader("Cache-Control", PreparedResponse.NO_STORE);
        if (status == HttpServletResponse.SC_METHOD_NOT_ALLOWED) {
            response.setHeader("Allow", Methods.ALLOW);
        }
    }

    /** The page for 400, 404, 405 and 500; other client errors (414, 431 …) get the 400 page, server errors 500. */
    PreparedResponse page(int status) {
        PreparedResponse page = holder.current().rendered().errorPage(status);
        if (page != null) {
            return page;
        }
        return holder.current().rendered().errorPage(status >= 500 ? 500 : 400);
    }
}
