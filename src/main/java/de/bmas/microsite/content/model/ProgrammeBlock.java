package de.bmas.microsite.content.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.LocalTime;
import java.util.List;

/** One block of the day; {@code label} stands in where the times are unknown. People are named by slug. */
public record ProgrammeBlock(@NotBlank(message = Messages.EMPTY) String title,
                             @NotNull(message = Messages.EMPTY) Kind kind,
                             String label,
                             LocalTime start,
                             LocalTime end,
                             String location,
                             String text,
                             List<@NotBlank(message = Messages.EMPTY) String> people,
                             List<@NotBlank(message = Messages.EMPTY) String> sessions) implements Timed {

    public enum Kind {
        OPENING, KEYNOTE, SESSIONS, EXHIBITION, PODIUM, BREAK, EVENING, OTHER
    }

    public ProgrammeBlock {
        people = people == null ? List.of() : List.copyOf(people);
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
    }
}
