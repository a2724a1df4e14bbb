package de.bmas.microsite.outputs;

import de.bmas.microsite.site.PreparedResponse;
import de.bmas.microsite.site.Site;
import de.bmas.microsite.site.SiteBuilder;
import de.bmas.microsite.testing.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static de.bmas.microsite.outputs.OutputsFixture.OUTPUTS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A build of unchanged content gives the machine-readable files byte for byte as the server sends them, because
 * their dates come from when the content files last changed, never from the time of the build.
 */
class ReproducibleOutputsTest extends ShippedContentServer {

    @Autowired
    SiteBuilder builder;

    @Test
    void everyBuildOfTheSameContentGivesTheSameBytesAsTheServer() {
        Site rebuilt = builder.build().site().orElseThrow();
        for (String route : OUTPUTS) {
            PreparedResponse resource = rebuilt.rendered().get(route).orElseThrow();
            assertThat(resource.body()).as(route).isEqualTo(Http.get(port, route).body());
        }
    }
}
