package de.bmas.microsite.site;

import de.bmas.microsite.share.ShareImages;

/**
 * The page as the layout template sees it.
 *
 * @param jsonLd     the page's structured data, serialized by Jackson with {@code <} escaped, or null
 * @param shareImage the absolute address of the page's share image, or null for pages nobody shares (errors)
 * @param shareAlt   what the share image says, for {@code og:image:alt}
 * @param noindex    whether search engines should leave the page out: pages rendered per request, whose
 *                   content depends on what a visitor typed
 */
public record CurrentPage(String route, ViewMeta meta, String canonical, String jsonLd, String shareImage,
                          String shareAlt, boolean noindex) {

    public static final int SHARE_IMAGE_WIDTH = ShareImages.WIDTH;
    public static final int SHARE_IMAGE_HEIGHT = ShareImages.HEIGHT;

    /** Whether {@code item} is this page ({@code page}) or a section above it ({@code true}), for aria-current. */
    public String currentness(NavItem item) {
        if (item.route().equals(route)) {
            return "page";
        }
        return !item.route().equals(Routes.HOME) && route.startsWith(item.route() + "/") ? "true" : null;
    }
}
