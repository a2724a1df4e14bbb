package de.bmas.microsite.site;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Every response of one snapshot, by route: what the server sends and the export writes.
 *
 * @param errorPages German error pages by HTTP status (400, 404, 405, 500)
 */
public record RenderedSite(Map<String, PreparedResponse> byRoute, Map<Integer, PreparedResponse> errorPages) {

    public RenderedSite {
        byRoute = Map.copyOf(byRoute);
        errorPages = Map.copyOf(errorPages);
    }

    public Optional<PreparedResponse> get(String route) {
        return Optional.ofNullable(byRoute.get(route));
    }

    public PreparedResponse errorPage(int status) {
        return errorPages.get(status);
    }

    public Collection<PreparedResponse> responses() {
        return byRoute.values();
    }
}
