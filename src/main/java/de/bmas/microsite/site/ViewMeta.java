package de.bmas.microsite.site;

import java.time.Instant;
import java.util.List;

/**
 * What the layout needs to know about a page besides its content: title, description for search engines and
 * sharing, breadcrumbs, dates and flags for editors.
 *
 * @param breadcrumbs   the trail from the home page to this page, empty on the home page
 * @param ogType        OpenGraph type: {@code website} or {@code article}
 * @param structuredData JSON-LD objects beyond the breadcrumb list (serialized by Jackson)
 */
public record ViewMeta(String title, String description, List<Crumb> breadcrumbs, Instant lastModified,
                       String ogType, boolean draft, boolean placeholder,
                       List<Object> structuredData) {

    public ViewMeta {
        breadcrumbs = List.copyOf(breadcrumbs);
        structuredData = List.copyOf(structuredData);
    }

    /** A page without flags or extra structured data. */
    public static ViewMeta of(String title, String description, List<Crumb> breadcrumbs, Instant lastModified) {
        return new ViewMeta(title, description, breadcrumbs, lastModified, "website", false, false, List.of());
    }

    public ViewMeta asArticle(boolean draft, boolean placeholder) {
        return new ViewMeta(title, description, breadcrumbs, lastModified, "article", draft, placeholder,
                structuredData);
    }

    public ViewMeta withStructuredData(List<Object> data) {
        return new ViewMeta(title, description, breadcrumbs, lastModified, ogType, draft, placeholder, data);
    }
}
