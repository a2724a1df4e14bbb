package de.bmas.microsite.site;

import de.bmas.microsite.Parallel;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every response of one snapshot, by route: what the server sends and the export writes. Share images are
 * deferred: drawing one costs milliseconds and most are never asked for, so each is drawn on its first request
 * (or by the export) and kept for the snapshot's life; its bytes do not depend on when that happens.
 */
public final class RenderedSite {

    private final Map<String, PreparedResponse> byRoute;
    private final Map<Integer, PreparedResponse> errorPages;
    private final Map<String, Supplier<PreparedResponse>> deferred;
    private final Map<String, PreparedResponse> drawn = new ConcurrentHashMap<>();
    /**
     * The routes of the HTML pages by their lower-case spelling. Slugs are lower case, so no two pages differ in
     * case alone; were they to, the first would be found.
     */
    private final Map<String, String> pagesIgnoringCase;
    private final Chrome chrome;

    /** @param errorPages German error pages by HTTP status (400, 404, 405, 500) */
    RenderedSite(Map<String, PreparedResponse> byRoute, Map<Integer, PreparedResponse> errorPages,
                        Map<String, Supplier<PreparedResponse>> deferred) {
        this(byRoute, errorPages, deferred, null);
    }

    /** @param chrome what its pages show around their content, for pages rendered per request; null for none */
    RenderedSite(Map<String, PreparedResponse> byRoute, Map<Integer, PreparedResponse> errorPages,
                 Map<String, Supplier<PreparedResponse>> deferred, Chrome chrome) {
        this.byRoute = Map.copyOf(byRoute);
        this.errorPages = Map.copyOf(errorPages);
        this.deferred = Map.copyOf(deferred);
        this.pagesIgnoringCase = this.byRoute.entrySet().stream()
                .filter(entry -> entry.getValue().contentType().equals(MediaTypes.HTML))
                .collect(Collectors.toUnmodifiableMap(entry -> lowerCase(entry.getKey()), Map.Entry::getKey,
                        (one, other) -> one));
        this.chrome = chrome;
    }

    public Optional<PreparedResponse> get(String route) {
        PreparedResponse prepared = byRoute.get(route);
        if (prepared != null || !deferred.containsKey(route)) {
            return Optional.ofNullable(prepared);
        }
        return Optional.of(drawn.computeIfAbsent(route, key -> deferred.get(key).get()));
    }

    /**
     * The route of the page that {@code path} names in whatever case of letters ({@code /Programm} names
     * {@code /programm}): people type addresses from print. Pages only, not files.
     */
    public Optional<String> pageIgnoringCase(String path) {
        return Optional.ofNullable(pagesIgnoringCase.get(lowerCase(path)));
    }

    private static String lowerCase(String path) {
        return path.toLowerCase(Locale.ROOT);
    }

    Chrome chrome() {
        return chrome;
    }

    public PreparedResponse errorPage(int status) {
        return errorPages.get(status);
    }

    /** The error pages that have a file in the export: those a web server answers itself. */
    public List<PreparedResponse> exportedErrorPages() {
        return errorPages.values().stream().filter(page -> page.exportPath() != null).distinct().toList();
    }

    /** Every route of the snapshot, deferred ones included, sorted. */
    public Set<String> routes() {
        return Stream.concat(byRoute.keySet().stream(), deferred.keySet().stream())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Every response, the deferred ones drawn now. */
    public Collection<PreparedResponse> responses() {
        return Parallel.map(List.copyOf(routes()), route -> get(route).orElseThrow());
    }
}
