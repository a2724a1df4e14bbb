package de.bmas.microsite.site;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps the fingerprinted assets of replaced snapshots answerable for ten minutes after the swap. A page fetched
 * just before a reload names the stylesheet of its own snapshot; it must still get it when that stylesheet changed
 * with the reload, also from a cache that keeps pages for their 60 seconds. Assets are small (the stylesheet, the
 * icon), so even many reloads within ten minutes hold little memory. Used under the holder's lock only.
 */
final class AssetRetention {

    static final Duration KEPT_FOR = Duration.ofMinutes(10);
    private static final String ASSETS = Routes.asset("");

    private record Kept(PreparedResponse response, Instant until) {
    }

    private final Clock clock;
    private final Map<String, Kept> kept = new HashMap<>();

    AssetRetention(Clock clock) {
        this.clock = clock;
    }

    /** The assets to keep answering beside {@code next}, which replaces {@code replaced} now. */
    Map<String, PreparedResponse> replacing(Site replaced, RenderedSite next) {
        Instant now = clock.instant();
        kept.values().removeIf(asset -> asset.until().isBefore(now));
        // by route, so that the replaced site's deferred share images are not drawn for nothing
        replaced.rendered().routes().stream().filter(route -> route.startsWith(ASSETS)).forEach(route ->
                kept.put(route, new Kept(replaced.rendered().get(route).orElseThrow(), now.plus(KEPT_FOR))));
        kept.keySet().removeIf(route -> next.get(route).isPresent());
        Map<String, PreparedResponse> earlier = new HashMap<>();
        kept.forEach((route, asset) -> earlier.put(route, asset.response()));
        return earlier;
    }
}
