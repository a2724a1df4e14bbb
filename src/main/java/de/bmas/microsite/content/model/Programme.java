package de.bmas.microsite.content.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

import java.util.List;

/** The front matter of {@code programm.md}: the blocks of the day in order. */
public record Programme(@NotBlank(message = Messages.EMPTY) String title,
                        @NotBlank(message = Messages.EMPTY) String teaser,
                        @NotEmpty(message = Messages.EMPTY) List<@Valid ProgrammeBlock> blocks) {

    public Programme {
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
    }
}
