package de.bmas.microsite.web;

import de.bmas.microsite.site.RenderedSite;
import de.bmas.microsite.site.SiteHolder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import java.io.IOException;

/**
 * Every request no feature's route takes, with any method: 405 for a method other than GET and HEAD on an address
 * that exists, else {@link NotFound}. Spring MVC picks the most specific pattern, so {@code /**} comes last.
 */
@Controller
@ConditionalOnWebApplication
class UnmappedController {

    private final SiteHolder holder;

    UnmappedController(SiteHolder holder) {
        this.holder = holder;
    }

    /** All methods named: Spring MVC answers OPTIONS by itself unless a mapping declares it. */
    @RequestMapping(path = "/**", method = {RequestMethod.GET, RequestMethod.HEAD, RequestMethod.POST,
            RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE, RequestMethod.OPTIONS, RequestMethod.TRACE})
    void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        RenderedSite site = holder.current().rendered();
        String path = request.getRequestURI();
        boolean reads = Methods.reads(request);
        if (!reads && site.get(path).isPresent()) {
            ResponseWriter.error(request, response, site.errorPage(405), HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        NotFound.answer(request, response, site);
    }
}
