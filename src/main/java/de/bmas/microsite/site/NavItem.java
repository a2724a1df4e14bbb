package de.bmas.microsite.site;

/** A link in the header or footer. */
public record NavItem(String label, String route) {
}
