package de.bmas.microsite.content.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import java.time.LocalDate;

/**
 * The front matter of {@code seiten/<slug>.md}: legal and service pages.
 *
 * @param language the language of title and text where not German, null for German
 */
public record ServicePage(@NotBlank(message = Messages.EMPTY) String title,
                   @NotBlank(message = Messages.EMPTY) String teaser,
                   Menu menu,
                   boolean placeholder,
                   LocalDate updated,
                   boolean draft,
                   @Pattern(regexp = Messages.LANGUAGE_CODE, message = Messages.LANGUAGE) String language)
        implements Draftable {

    /** Where the page is linked from on every page. */
    public enum Menu {
        HEADER, FOOTER
    }
}
