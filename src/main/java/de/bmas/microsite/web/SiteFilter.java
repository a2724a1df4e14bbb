package de.bmas.microsite.web;

import de.bmas.microsite.site.RenderedSite;
import de.bmas.microsite.site.PreparedResponse;
import de.bmas.microsite.site.SiteHolder;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.Set;

/**
 * Serves the whole site from memory: every page, output and asset was rendered once per snapshot, so a request
 * is a map lookup and a write. Paths are matched exactly as sent, undecoded, so no spelling of a path can reach
 * anything but a rendered response. Only the health endpoint and its probes go on to Spring MVC, so every other
 * path, of Actuator too, gets the site's German 404 page.
 * <p>
 * First in the chain and a plain {@link Filter}: Spring Boot registers it for request dispatches only, which is
 * all it needs, and site requests skip the other filters (request observation costs about 15 % of the CPU time
 * of a request) and the bookkeeping of a {@code OncePerRequestFilter}. What every response needs (security
 * headers) belongs in a Tomcat valve, which runs before any filter.
 */
@Component
@ConditionalOnWebApplication
@Order(Ordered.HIGHEST_PRECEDENCE)
class SiteFilter implements Filter {

    /**
     * The health endpoint and its probes, the only paths that go on to Spring MVC, and only to read them: all else
     * of Actuator is 404, and other methods get the site's 405, as on every page.
     */
    private static final Set<String> HEALTH =
            Set.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness");

    private final SiteHolder holder;

    SiteFilter(SiteHolder holder) {
        this.holder = holder;
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        String path = request.getRequestURI();
        String method = request.getMethod();
        boolean reads = "GET".equals(method) || "HEAD".equals(method);
        if (HEALTH.contains(path) && reads) {
            chain.doFilter(request, response);
            return;
        }
        RenderedSite site = holder.current().rendered();
        PreparedResponse resource = site.get(path).orElse(null);
        if (!reads && (resource != null || HEALTH.contains(path))) {
            ResponseWriter.error(request, response, site.errorPage(405), HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        } else if (resource == null) {
            String page = withoutTrailingSlash(path);
            if (isPage(site, page)) {
                redirect(request, response, page);
            } else {
                ResponseWriter.error(request, response, site.errorPage(404), HttpServletResponse.SC_NOT_FOUND);
            }
        } else {
            ResponseWriter.send(request, response, resource);
        }
    }

    /** {@code /programm/} for {@code /programm}: people type and paste addresses with a slash at the end. */
    private static String withoutTrailingSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** Only a page of this site is a target, so that no path such as {@code //evil.example/} leads elsewhere. */
    private static boolean isPage(RenderedSite site, String path) {
        return site.get(path).filter(page -> page.contentType().startsWith("text/html")).isPresent();
    }

    private static void redirect(HttpServletRequest request, HttpServletResponse response, String path) {
        String query = request.getQueryString();
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", query == null ? path : path + "?" + query);
        response.setHeader("Cache-Control", PreparedResponse.REVALIDATE);
    }
}
