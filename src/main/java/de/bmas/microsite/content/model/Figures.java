package de.bmas.microsite.content.model;

/** Key figures as editors phrase them ("rund 700"), each optional. */
public record Figures(String participants, String sessions, String exhibitors) {
}
