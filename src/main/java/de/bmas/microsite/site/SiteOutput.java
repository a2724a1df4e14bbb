package de.bmas.microsite.site;

import java.time.Instant;

/** A non-HTML file of the site (feed, calendar, sitemap, …), already serialized. */
public record SiteOutput(String route, String contentType, byte[] body, Instant lastModified) {
}
