package de.bmas.microsite.accessibility;

import de.bmas.microsite.site.PreparedResponse;
import de.bmas.microsite.site.SiteHolder;
import de.bmas.microsite.testing.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The site needs no cookie banner because no response of it ever sets a cookie. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NoCookieTest {

    @LocalServerPort
    private int port;

    @Autowired
    private SiteHolder holder;

    @Test
    void noResponseSetsACookie() throws Exception {
        List<String> routes = Stream.concat(
                holder.current().rendered().responses().stream().map(PreparedResponse::route),
                Stream.of(SitePages.NOT_FOUND, "/actuator/health")).toList();
        assertThat(routes).as("every page, output and asset, the error page and a probe").hasSizeGreaterThan(10);
        for (String route : routes) {
            for (String method : List.of("GET", "HEAD", "POST")) {
                Http.Response response = Http.send(port, method, route, "Accept-Encoding", "gzip");
                assertThat(response.headers().allValues("Set-Cookie"))
                        .as("%s %s (status %d)", method, route, response.status()).isEmpty();
            }
        }
    }
}
