package de.bmas.microsite.preview;

import org.springframework.core.env.Environment;

/**
 * Whether the application runs as the editors' preview, read where the preview's own beans are not there to ask:
 * at start-up before the context refreshes, and in the failure analysis of a start that failed.
 */
final class PreviewMode {

    private PreviewMode() {
    }

    static boolean in(Environment environment) {
        return environment.getProperty("microsite.preview", Boolean.class, false);
    }
}
