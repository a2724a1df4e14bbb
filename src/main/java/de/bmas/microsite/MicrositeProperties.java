package de.bmas.microsite;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * Settings under {@code microsite.*}.
 *
 * @param contentDir the content folder of one event
 * @param watch      preview mode for editors: reload on change, show drafts and the problem banner
 * @param baseUrl    absolute address of the public site, for canonical links, sitemap, feed and calendar
 * @param assetsDir  a folder to read CSS and other assets from instead of the classpath (for live reload)
 * @param strict     the production start and {@code export} refuse content that still has placeholders
 *                   ({@code --strict}); without it they only warn
 */
@ConfigurationProperties("microsite")
public record MicrositeProperties(Path contentDir, boolean watch, String baseUrl, Path assetsDir,
                                  boolean strict) {

    static final String LOCAL_BASE_URL = "http://localhost:8080";

    public MicrositeProperties {
        contentDir = contentDir == null ? Path.of("content") : contentDir;
        baseUrl = baseUrl == null ? "" : baseUrl.replaceAll("/+$", "");
    }

    public boolean hasBaseUrl() {
        return !baseUrl.isBlank();
    }

    /** The base URL for absolute links; a server without one links to itself on the default port. */
    public String baseUrlOrLocal() {
        return hasBaseUrl() ? baseUrl : LOCAL_BASE_URL;
    }
}
