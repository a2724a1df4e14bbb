package de.bmas.microsite.site;

import java.util.Map;

/** One HTML page of the site: where it lives, which template renders it, and with what. */
public record SitePage(String route, String template, PageMeta meta, Map<String, Object> model) {

    public SitePage {
        model = Map.copyOf(model);
    }
}
