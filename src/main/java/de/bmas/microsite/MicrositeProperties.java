package de.bmas.microsite;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.beans.factory.config.CustomEditorConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.beans.PropertyEditorSupport;
import java.nio.file.Path;
import java.util.Map;

/**
 * Settings under {@code microsite.*}.
 *
 * @param contentDir the content folder of one event
 * @param preview    preview mode for editors: drafts shown and marked, the editors' banner and problems page, reload
 *                   on change, the page refreshing itself; the server starts whatever the content
 * @param reload     watch the content folder and swap in each valid change without a restart; implied by
 *                   {@code preview}, and in production never with drafts or banners
 * @param baseUrl    absolute address of the public site, for canonical links, sitemap, feed and calendar
 * @param assetsDir  a folder to read CSS and other assets from instead of the classpath (for live reload)
 * @param strict     the production start and {@code export} refuse content that still has placeholders
 *                   ({@code --strict}); without it they only warn
 * @param search     pages offer the search form in their header; false where nothing answers queries, as in the
 *                   static export (its command sets it), whose header links to the A–Z index instead
 * @param hsts       the site is served over HTTPS only, which the operator's TLS front decides: TLS requests get
 *                   HSTS, and plain-HTTP requests forwarded by a proxy are sent to HTTPS
 */
@ConfigurationProperties("microsite")
public record MicrositeProperties(Path contentDir, boolean preview, boolean reload, String baseUrl, Path assetsDir,
                                  boolean strict, @DefaultValue("true") boolean search,
                                  @DefaultValue("true") boolean hsts) {

    static final String LOCAL_BASE_URL = "http://localhost:8080";

    public MicrositeProperties {
        contentDir = contentDir == null ? Path.of("content") : contentDir;
        baseUrl = baseUrl == null ? "" : baseUrl.replaceAll("/+$", "");
    }

    public boolean hasBaseUrl() {
        return !baseUrl.isBlank();
    }

    /** The base URL for absolute links; {@code check}, which publishes nothing, may run without one. */
    public String baseUrlOrLocal() {
        return hasBaseUrl() ? baseUrl : LOCAL_BASE_URL;
    }

    /**
     * Folders are read as paths on disk, as typed: Spring's default editor for {@link Path} looks for a same-named
     * folder on the classpath first, so that {@code --microsite.content-dir=init} under {@code mvn spring-boot:run}
     * meant {@code target/classes/init}. A custom editor takes precedence over it when properties are bound.
     */
    @Configuration(proxyBeanMethods = false)
    static class PlainPaths {

        @Bean
        static CustomEditorConfigurer plainPathEditor() {
            CustomEditorConfigurer configurer = new CustomEditorConfigurer();
            configurer.setCustomEditors(Map.of(Path.class, PlainPathEditor.class));
            return configurer;
        }
    }

    static class PlainPathEditor extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            setValue(Path.of(text));
        }
    }
}
