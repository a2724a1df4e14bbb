package de.bmas.microsite.content.model;

import jakarta.validation.constraints.NotBlank;

/** The front matter of {@code themen/<slug>.md}. */
public record Topic(@NotBlank(message = Messages.EMPTY) String title,
                    @NotBlank(message = Messages.EMPTY) String teaser,
                    boolean draft) implements Draftable {
}
