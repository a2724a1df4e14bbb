package de.bmas.microsite.web;

import de.bmas.microsite.site.MediaTypes;
import de.bmas.microsite.site.PreparedResponse;
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
 * Every request no feature's route takes, with any method: the German 404 page; 405 for a method other than GET
 * and HEAD on an address that exists; and 301 for a page's address with a slash at the end, which people type and
 * paste ({@code /programm/}). Only a page of this site is a redirect target, so no path such as
 * {@code //evil.example/} leads elsewhere. Spring MVC picks the most specific pattern, so {@code /**} comes last.
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
        String page = withoutTrailingSlash(path);
        if (reads && !page.equals(path) && isPage(site, page)) {
            String query = request.getQueryString();
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", query == null ? page : page + "?" + query);
            response.setHeader("Cache-Control", PreparedResponse.REVALIDATE);
            return;
        }
        ResponseWriter.error(request, response, site.errorPage(404), HttpServletResponse.SC_NOT_FOUND);
    }

    private static String withoutTrailingSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static boolean isPage(RenderedSite site, String path) {
        return site.get(path).filter(page -> page.contentType().equals(MediaTypes.HTML)).isPresent();
    }
}
