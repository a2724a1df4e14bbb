package de.bmas.microsite.web;

import de.bmas.microsite.site.Resource;
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
     * The status to answer with. Tomcat answers a made-up HTTP version with 505; that is the client's mistake,
     * and nothing a client sends may look like a failure of the server to those who watch for 5xx.
     */
    static int status(int reported) {
        return reported == HttpServletResponse.SC_HTTP_VERSION_NOT_SUPPORTED ? HttpServletResponse.SC_BAD_REQUEST
                : reported;
    }

    /** The page for 400, 404, 405 and 500; other client errors (414, 431 …) get the 400 page, server errors 500. */
    Resource page(int status) {
        Resource page = holder.current().rendered().errorPage(status);
        if (page != null) {
            return page;
        }
        return holder.current().rendered().errorPage(status >= 500 ? 500 : 400);
    }
}
