package de.bmas.microsite.site;

import de.bmas.microsite.content.model.Doc;
import de.bmas.microsite.content.model.ServicePage;
import de.bmas.microsite.content.model.Snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What every page shows around its content: site name, navigation, footer, assets, and for editors in preview mode
 * the preview bar. All labels that name content come from the snapshot.
 *
 * @param editor what preview mode adds for editors; null in production
 * @param offers whether pages link calendars and schedules, which depends on the time of rendering
 * @param search whether the header holds the search form; without it, it links to the A–Z index alone
 */
public record Chrome(String name, String organiser, List<NavItem> navigation, List<NavItem> headerLinks,
                     List<NavItem> footerLinks, Map<String, String> assets, String baseUrl, Editor editor,
                     Offers offers, boolean search) {

    /** The parameter of the search's query: the header's form sends it, the search reads it. */
    public static final String SEARCH_QUERY = "q";
    /**
     * Longer queries are not searched: nobody types that much into a search field, but a script might. The header's
     * field takes no more, so visitors meet the limit while typing.
     */
    public static final int MAX_QUERY_LENGTH = 200;

    static Chrome of(Snapshot snapshot, Map<String, String> assets, String baseUrl, Editor editor, Offers offers,
                     boolean search) {
        List<NavItem> navigation = new ArrayList<>();
        navigation.add(item(Crumbs.HOME));
        navigation.add(new NavItem(snapshot.programme().meta().title(), Routes.PROGRAMME));
        navigation.add(item(Crumbs.SESSIONS));
        navigation.add(item(Crumbs.TOPICS));
        if (!snapshot.people().isEmpty()) {
            navigation.add(item(Crumbs.PEOPLE));
        }
        snapshot.stands().forEach(stand -> navigation.add(
                new NavItem(stand.meta().navTitle(), Routes.topLevelPage(stand.slug()))));
        return new Chrome(snapshot.event().meta().name(), snapshot.event().meta().organiser(), List.copyOf(navigation),
                links(snapshot.pagesIn(ServicePage.Menu.HEADER)), links(snapshot.pagesIn(ServicePage.Menu.FOOTER)), assets,
                baseUrl, editor, offers, search);
    }

    private static NavItem item(Crumb page) {
        return new NavItem(page.label(), page.route());
    }

    private static List<NavItem> links(List<Doc<ServicePage>> pages) {
        return pages.stream().map(page -> new NavItem(page.meta().title(), Routes.topLevelPage(page.slug()))).toList();
    }

    /** The header's link to the A–Z index, which every page has, with or without the search form. */
    public NavItem keywords() {
        return item(Crumbs.KEYWORDS);
    }

    public String stylesheet() {
        return assets.get(Assets.STYLESHEET);
    }

    /** The SVG icon's fingerprinted address, or null where the assets folder has none. */
    public String icon() {
        return assets.get(Assets.ICON);
    }
}
