package de.bmas.microsite.site;

import java.time.Instant;
import java.util.List;

/**
 * What the layout needs to know about a page besides its content: title, description for search engines and
 * sharing, breadcrumbs, dates and flags for editors.
 *
 * @param breadcrumbs   the trail from the home page to this page, empty on the home page
 * @param ogType        OpenGraph type: {@code website} or {@code article}
 * @param image         a content image route for sharing, or null
 * @param structuredData JSON-LD objects beyond the breadcrumb list (serialized by Jackson)
 */
public record ViewMeta(String title, String description, List<Crumb> breadcrumbs, Instant lastModified,
                       String ogType, String image, boolean draft, boolean placeholder,
                       List<Object> structuredData) {

    public ViewMeta {
        breadcrumbs = List.copyOf(breadcrumbs);
        structuredData = List.copyOf(structuredData);
    }

    /** A page without image, flags or extra structured data. */
    public static ViewMeta of(String title, String description, List<Crumb> breadcrumbs, Instant lastModified) {
        return new ViewMeta(title, description, breadcrumbs, lastModified, "website", null, false, false, List.of());
    }

    public ViewMeta asArticle(String image, boolean draft, boolean placeholder) {
        return new ViewMeta(title, description, breadcrumbs, lastModified, "article", image, draft, placeholder,
                structuredData);
    }

    /** The same page shared with a content image ({@code og:image}), or without one where {@code image} is null. */
    public ViewMeta withImage(String image) {
        return new ViewMeta(title, description, breadcrumbs, lastModified, ogType, image, draft, placeholder,
                structuredData);
    }

    public ViewMeta withStructuredData(List<Object> data) {
        return new ViewMeta(title, description, breadcrumbs, lastModified, ogType, image, draft, placeholder, data);
    }
}
