package de.bmas.microsite.site;

import java.util.ArrayList;
import java.util.List;

/** Breadcrumb trails: always from the home page, ending with the current page. */
public final class Crumbs {

    /*
     * The pages the site's own navigation names: their titles are defined here, as the navigation (Chrome) may not
     * depend on the features whose pages they are.
     */
    public static final Crumb HOME = new Crumb("Startseite", Routes.HOME);
    public static final Crumb SESSIONS = new Crumb("Sessions", Routes.SESSIONS);
    public static final Crumb TOPICS = new Crumb("Themen", Routes.TOPICS);
    public static final Crumb PEOPLE = new Crumb("Personen", Routes.PEOPLE);
    public static final Crumb KEYWORDS = new Crumb("Stichwörter A–Z", Routes.KEYWORDS);

    private Crumbs() {
    }

    /** Start › …parents › the page itself. */
    public static List<Crumb> trail(String title, String route, Crumb... parents) {
        return trail(new Crumb(title, route), parents);
    }

    /** Start › …parents › the page itself, whose crumb may carry the language of its title. */
    public static List<Crumb> trail(Crumb page, Crumb... parents) {
        List<Crumb> trail = new ArrayList<>();
        trail.add(HOME);
        trail.addAll(List.of(parents));
        trail.add(page);
        return List.copyOf(trail);
    }
}
