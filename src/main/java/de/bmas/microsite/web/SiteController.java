package de.bmas.microsite.web;

import de.bmas.microsite.site.PreparedResponse;
import de.bmas.microsite.site.Site;
import de.bmas.microsite.site.SiteHolder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import java.io.IOException;
import java.util.Optional;

/**
 * What every feature's controller does with its routes: answer with the response the current snapshot rendered
 * for the address, or {@link NotFound} where the pattern matches but the content has no such page
 * ({@code /sessions/unknown}). A feature's controller names its routes with {@code @RequestMapping} on the class;
 * the one handler here serves them all (GET, and HEAD without the body).
 * <p>
 * The address is looked up exactly as sent, undecoded, so no other spelling of a path reaches a page: a page is
 * rendered under one address only.
 */
public abstract class SiteController {

    private final SiteHolder holder;

    protected SiteController(SiteHolder holder) {
        this.holder = holder;
    }

    /** HEAD named too: the catch-all's explicit HEAD would take precedence over Spring's HEAD for a GET mapping. */
    @RequestMapping(method = {RequestMethod.GET, RequestMethod.HEAD})
    void send(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Site site = holder.current();
        PreparedResponse prepared = response(site, request).orElse(null);
        if (prepared == null) {
            NotFound.answer(request, response, site.rendered());
        } else {
            ResponseWriter.send(request, response, prepared);
        }
    }

    /**
     * What {@code site} answers the request with: the response it rendered for the address. A feature whose page
     * depends on the query (the search) answers with its own, sent the same way.
     */
    protected Optional<PreparedResponse> response(Site site, HttpServletRequest request) {
        return site.response(request.getRequestURI());
    }
}
