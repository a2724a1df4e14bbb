package de.bmas.microsite.web;

import de.bmas.microsite.site.Resource;
import de.bmas.microsite.site.SiteHolder;
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

    /** The page for 400, 404, 405 and 500; other client errors (413, 414, 431 …) get the 400 page, server errors 500. */
    Resource page(int status) {
        Resource page = holder.current().rendered().errorPage(status);
        if (page != null) {
            return page;
        }
        return holder.current().rendered().errorPage(status >= 500 ? 500 : 400);
    }
}
