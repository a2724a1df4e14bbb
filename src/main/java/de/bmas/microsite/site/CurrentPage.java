package de.bmas.microsite.site;

/**
 * The page as the layout template sees it.
 *
 * @param jsonLd the page's structured data, serialized by Jackson with {@code <} escaped, or null
 */
public record CurrentPage(String route, ViewMeta meta, String canonical, String jsonLd) {

    /** Whether {@code item} is this page ({@code page}) or a section above it ({@code true}), for aria-current. */
    public String currentness(NavItem item) {
        if (item.route().equals(route)) {
            return "page";
        }
        return !item.route().equals("/") && route.startsWith(item.route() + "/") ? "true" : null;
    }
}
