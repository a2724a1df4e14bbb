package de.bmas.microsite.web;

import de.bmas.microsite.site.PreparedResponse;
import de.bmas.microsite.site.RenderedSite;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/**
 * An address without a response: a permanent redirect where it names a page the way people type and paste
 * addresses, with a slash at the end or in other capitals ({@code /programm/}, {@code /Programm}), else the German
 * 404 page. Only a page of this site is a redirect target, so no path such as {@code //evil.example/} leads
 * elsewhere, and a page still has one address: the others only lead to it.
 */
final class NotFound {

    private NotFound() {
    }

    static void answer(HttpServletRequest request, HttpServletResponse response, RenderedSite site)
            throws IOException {
        String path = request.getRequestURI();
        Optional<String> page = Methods.reads(request)
                ? site.pageIgnoringCase(withoutTrailingSlash(path)).filter(route -> !route.equals(path))
                : Optional.empty();
        if (page.isPresent()) {
            String query = request.getQueryString();
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", query == null ? page.get() : page.get() + "?" + query);
            response.setHeader("Cache-Control", PreparedResponse.REVALIDATE);
        } else {
            ResponseWriter.error(request, response, site.errorPage(404), HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static String withoutTrailingSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
