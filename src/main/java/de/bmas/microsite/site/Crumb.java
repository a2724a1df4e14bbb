package de.bmas.microsite.site;

/** One step of the breadcrumb trail. */
public record Crumb(String label, String route) {
}
