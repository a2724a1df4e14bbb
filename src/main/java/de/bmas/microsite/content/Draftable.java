package de.bmas.microsite.content;

/** Content that can be marked {@code draft: true}: hidden in production, marked in preview. */
public interface Draftable {

    boolean draft();
}
