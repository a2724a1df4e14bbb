package de.bmas.microsite.content.model;

/** Content that can be marked {@code draft: true}: hidden in production, marked in preview. */
public interface Draftable {

    boolean draft();
}
