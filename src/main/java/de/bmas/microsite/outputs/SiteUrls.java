package de.bmas.microsite.outputs;

import de.bmas.microsite.MicrositeProperties;
import org.springframework.stereotype.Component;

import java.net.URI;

/**
 * Absolute addresses for files that leave the site (sitemap, feed, calendar, schedule). They use
 * {@code microsite.base-url}; the export and a production server refuse to run without it, the preview sets its own,
 * and {@code check}, which publishes nothing, falls back to the local address.
 */
@Component
class SiteUrls {

    private final MicrositeProperties properties;

    SiteUrls(MicrositeProperties properties) {
        this.properties = properties;
    }

    /** {@code /programm} → {@code https://host/programm}. */
    String of(String route) {
        return properties.baseUrlOrLocal() + route;
    }

    /** The host name, which makes calendar UIDs unique to this site. */
    String host() {
        return URI.create(properties.baseUrlOrLocal()).getHost();
    }
}
