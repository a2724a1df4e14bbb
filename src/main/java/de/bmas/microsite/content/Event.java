package de.bmas.microsite.content;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** The front matter of {@code veranstaltung.md}. */
public record Event(@NotBlank(message = Messages.REQUIRED) String name,
                    String motto,
                    @NotNull(message = Messages.REQUIRED) LocalDate date,
                    LocalTime start,
                    LocalTime end,
                    @NotNull(message = Messages.REQUIRED) @Valid Venue venue,
                    @NotBlank(message = Messages.REQUIRED) String organiser,
                    Figures figures,
                    @NotBlank(message = Messages.REQUIRED) String teaser,
                    List<@NotBlank(message = Messages.EMPTY_ENTRY) String> highlights,
                    String image,
                    String imageAlt) implements Timed, Illustrated {

    public Event {
        highlights = highlights == null ? List.of() : List.copyOf(highlights);
    }
}
