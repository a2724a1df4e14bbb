package de.bmas.microsite.site;

import de.bmas.microsite.bench.ContentGenerator;
import de.bmas.microsite.testing.ContentFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No warm-up builds for a site of more than 100 sessions: its own builds are long enough to warm up the JIT, and a
 * change that arrives meanwhile must not wait seconds behind a build that is thrown away.
 */
@SpringBootTest
class LargeSiteWarmUpTest {

    private static final Path DIR = ContentFixture.newBuildDir();

    @DynamicPropertySource
    static void generatedContent(DynamicPropertyRegistry registry) {
        ContentGenerator.write(DIR, 101);
        registry.add("microsite.content-dir", DIR::toString);
    }

    @Test
    void aSiteOfMoreThan100SessionsIsNotWarmedUp(@Autowired SiteHolder holder) {
        assertThat(holder.current().snapshot().sessions()).hasSize(101);

        assertThat(holder.warmUp()).isFalse();
    }
}
