package de.bmas.microsite.testing;

import de.bmas.microsite.content.source.Problem;
import de.bmas.microsite.site.RenderedSite;
import de.bmas.microsite.site.SiteBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fresh copy of the minimal content for each test to change, rendered without a server. Every subclass shares one
 * Spring context and one content folder, which each test copies anew.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
public abstract class FixtureSite {

    private static final Path DIR = ContentFixture.newBuildDir();

    @DynamicPropertySource
    static void contentDir(DynamicPropertyRegistry registry) {
        registry.add("microsite.content-dir", DIR::toString);
    }

    /** For tests of what a build reports, errors included. */
    @Autowired
    protected SiteBuilder builder;

    protected ContentFixture content;

    @BeforeEach
    void copyMinimalContent() {
        content = ContentFixture.copyInto(DIR);
    }

    /** The site of the content as the test has changed it, which must have no errors. */
    protected RenderedSite build() {
        SiteBuilder.Build build = builder.build();
        assertThat(build.report().problems()).filteredOn(Problem::isError).as(build.report().toString()).isEmpty();
        return build.site().orElseThrow().rendered();
    }
}
