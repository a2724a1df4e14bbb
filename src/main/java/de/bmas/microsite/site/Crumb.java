package de.bmas.microsite.site;

/**
 * One step of the breadcrumb trail.
 *
 * @param lang the label's language where it is not German (a title in English), else null
 */
public record Crumb(String label, String route, String lang) {

    public Crumb(String label, String route) {
        this(label, route, null);
    }
}
