package de.bmas.microsite.site;

import de.bmas.microsite.testing.ContentFixture;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;

/**
 * The site serving {@link DraftContent} on a random port; subclasses choose preview or production mode. Each
 * application context gets a content folder of its own, so the two modes never share or rewrite each other's files.
 */
abstract class DraftSite {

    @DynamicPropertySource
    static void content(DynamicPropertyRegistry registry) {
        Path dir = ContentFixture.newBuildDir();
        DraftContent.addTo(ContentFixture.copyInto(dir));
        registry.add("microsite.content-dir", dir::toString);
    }

    @LocalServerPort
    int port;
}
