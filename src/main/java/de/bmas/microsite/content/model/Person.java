package de.bmas.microsite.content.model;

import jakarta.validation.constraints.NotBlank;

/** Someone who spoke, moderated or visited; role and organisation are optional. */
public record Person(@NotBlank(message = Messages.EMPTY) String name, String role, String organisation) {
}
