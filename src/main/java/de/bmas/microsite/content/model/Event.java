package de.bmas.microsite.content.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * The front matter of {@code veranstaltung.md}. {@code moderators} led through the day, {@code people} are others
 * the report mentions; both by slug. {@code hiddenKeywords} are terms the A–Z index finds by itself that the editors
 * do not want listed there ("Power" from the motto), as the index shows them.
 */
public record Event(@NotBlank(message = Messages.EMPTY) String name,
                    String motto,
                    @NotNull(message = Messages.EMPTY) LocalDate date,
                    LocalTime start,
                    LocalTime end,
                    @NotNull(message = Messages.EMPTY) @Valid Venue venue,
                    @NotBlank(message = Messages.EMPTY) String organiser,
                    Figures figures,
                    @NotBlank(message = Messages.EMPTY) String teaser,
                    List<@NotBlank(message = Messages.EMPTY) String> highlights,
                    List<@NotBlank(message = Messages.EMPTY) String> moderators,
                    List<@NotBlank(message = Messages.EMPTY) String> people,
                    String image,
                    String imageAlt,
                    List<@NotBlank(message = Messages.EMPTY) String> hiddenKeywords) implements Timed, Illustrated {

    /** German events keep German clocks; a field for other zones can come with the first event abroad. */
    public static final ZoneId TIME_ZONE = ZoneId.of("Europe/Berlin");

    public Event {
        highlights = highlights == null ? List.of() : List.copyOf(highlights);
        moderators = moderators == null ? List.of() : List.copyOf(moderators);
        people = people == null ? List.of() : List.copyOf(people);
        hiddenKeywords = hiddenKeywords == null ? List.of() : List.copyOf(hiddenKeywords);
    }

    /** The first midnight in Berlin after the event's day: from then on the event is over. */
    public Instant overAt() {
        return date.plusDays(1).atStartOfDay(TIME_ZONE).toInstant();
    }
}
