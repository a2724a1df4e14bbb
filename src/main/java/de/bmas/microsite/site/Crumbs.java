package de.bmas.microsite.site;

import java.util.ArrayList;
import java.util.List;

/** Breadcrumb trails: always from the home page, ending with the current page. */
public final class Crumbs {

    public static final Crumb HOME = new Crumb("Startseite", Routes.HOME);

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
