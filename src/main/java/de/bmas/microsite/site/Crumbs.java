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
        List<Crumb> trail = new ArrayList<>();
        trail.add(HOME);
        trail.addAll(List.of(parents));
        trail.add(new Crumb(title, route));
        return List.copyOf(trail);
    }
}
