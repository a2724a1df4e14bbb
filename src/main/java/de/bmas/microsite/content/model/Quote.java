package de.bmas.microsite.content.model;

import jakarta.validation.constraints.NotBlank;

/** A quote; {@code person} is the slug of one of the session's people. */
public record Quote(@NotBlank(message = Messages.EMPTY) String text,
                    @NotBlank(message = Messages.EMPTY) String person) {
}
