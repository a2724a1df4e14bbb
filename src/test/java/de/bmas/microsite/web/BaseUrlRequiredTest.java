package de.bmas.microsite.web;

import de.bmas.microsite.MicrositeApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A production server without its public address refuses to start, saying what to add, rather than publishing
 * canonical links, sitemap, feed and calendars that name localhost.
 */
@ExtendWith(OutputCaptureExtension.class)
class BaseUrlRequiredTest {

    @Test
    void productionWithoutBaseUrlRefusesToStartAndSaysWhatToAdd(CapturedOutput output) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(MicrositeApplication.class)
                .run("--server.port=0", "--microsite.base-url=").close())
                .hasRootCauseInstanceOf(BaseUrlRequired.MissingBaseUrlException.class);

        assertThat(output.getAll())
                .contains("The public address of the site (microsite.base-url) is not set.")
                .contains("Start with --microsite.base-url=https://www.example.de")
                .doesNotContain("\tat ")
                // the first build, still running, neither keeps the process alive nor shows as a leaked thread
                .doesNotContain("first-site-build");
    }
}
