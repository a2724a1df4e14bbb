package de.bmas.microsite.content.model;

import jakarta.validation.constraints.NotBlank;

import java.time.LocalDate;

/** The front matter of {@code seiten/<slug>.md}: legal and service pages. */
public record ServicePage(@NotBlank(message = Messages.EMPTY) String title,
                   @NotBlank(message = Messages.EMPTY) String teaser,
                   Menu menu,
                   boolean placeholder,
                   LocalDate updated,
                   boolean draft) implements Draftable {

    /** Where the page is linked from on every page. */
    public enum Menu {
        HEADER, FOOTER
    }
}
