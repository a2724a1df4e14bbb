package de.bmas.microsite.site;

import de.bmas.microsite.content.source.ContentReport;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A page fetched just before a reload still gets the stylesheet it names, for ten minutes. */
class AssetRetentionTest {

    private final MutableClock clock = new MutableClock();
    private final AssetRetention retention = new AssetRetention(clock);

    @Test
    void theAssetsOfAReplacedSiteStayForTenMinutesButNotItsPages() {
        Site first = site("/assets/site.aaaaaaaaaaaa.css", "/sessions/eins");
        RenderedSite second = rendered("/assets/site.bbbbbbbbbbbb.css", "/sessions/zwei");

        Map<String, PreparedResponse> earlier = retention.replacing(first, second);

        assertThat(earlier).containsOnlyKeys("/assets/site.aaaaaaaaaaaa.css");
        assertThat(new Site(null, second, new ContentReport(List.of()), null, earlier).response("/assets/site.aaaaaaaaaaaa.css"))
                .isPresent();

        clock.advance(AssetRetention.KEPT_FOR.minusSeconds(1));
        Site secondLive = new Site(null, second, new ContentReport(List.of()), null, earlier);
        assertThat(retention.replacing(secondLive, rendered("/assets/site.cccccccccccc.css")))
                .containsOnlyKeys("/assets/site.aaaaaaaaaaaa.css", "/assets/site.bbbbbbbbbbbb.css");

        clock.advance(Duration.ofSeconds(2));
        assertThat(retention.replacing(site("/assets/site.cccccccccccc.css"), rendered("/assets/site.dddddddddddd.css")))
                .as("the first stylesheet is older than ten minutes now")
                .containsOnlyKeys("/assets/site.bbbbbbbbbbbb.css", "/assets/site.cccccccccccc.css");
    }

    @Test
    void anAssetThatIsBackInTheNewSiteIsServedFromIt() {
        retention.replacing(site("/assets/site.aaaaaaaaaaaa.css"), rendered("/assets/site.bbbbbbbbbbbb.css"));

        assertThat(retention.replacing(site("/assets/site.bbbbbbbbbbbb.css"), rendered("/assets/site.aaaaaaaaaaaa.css")))
                .containsOnlyKeys("/assets/site.bbbbbbbbbbbb.css");
    }

    private static Site site(String... routes) {
        return new Site(null, rendered(routes), new ContentReport(List.of()), null);
    }

    private static RenderedSite rendered(String... routes) {
        Map<String, PreparedResponse> byRoute = new java.util.LinkedHashMap<>();
        for (String route : routes) {
            byRoute.put(route, PreparedResponse.of(route, route.substring(1), "text/css",
                    route.getBytes(StandardCharsets.UTF_8), null, PreparedResponse.IMMUTABLE));
        }
        return new RenderedSite(byRoute, Map.of(), Map.of());
    }

    private static final class MutableClock extends Clock {

        private Instant now = Instant.parse("2025-02-25T09:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
