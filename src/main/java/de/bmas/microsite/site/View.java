package de.bmas.microsite.site;

import java.util.Map;

/** One HTML page of the site: where it lives, which template renders it, and with what. */
public record View(String route, String template, ViewMeta meta, Map<String, Object> model) {

    public View {
        model = Map.copyOf(model);
    }
}
