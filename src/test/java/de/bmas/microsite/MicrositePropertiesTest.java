package de.bmas.microsite;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A content folder named like a folder on the classpath ({@code init}, {@code templates}) is the one on disk. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"microsite.content-dir=init", "microsite.assets-dir=templates"})
class MicrositePropertiesTest {

    @Autowired
    MicrositeProperties properties;

    @Test
    void foldersAreTheOnesOnDiskAsTyped() {
        assertThat(properties.contentDir()).isEqualTo(Path.of("init"));
        assertThat(properties.assetsDir()).isEqualTo(Path.of("templates"));
    }
}
