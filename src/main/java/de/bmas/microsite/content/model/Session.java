package de.bmas.microsite.content.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import java.time.LocalTime;
import java.util.List;

/**
 * The front matter of {@code sessions/<slug>.md}. People, topics and the info stands the session is relevant for
 * are named by their slugs.
 */
public record Session(@NotBlank(message = Messages.EMPTY) String title,
                      @NotBlank(message = Messages.EMPTY) String format,
                      List<@NotBlank(message = Messages.EMPTY) String> topics,
                      LocalTime start,
                      LocalTime end,
                      String room,
                      List<@NotBlank(message = Messages.EMPTY) String> people,
                      List<@Valid Quote> quotes,
                      @NotBlank(message = Messages.EMPTY) String teaser,
                      List<@NotBlank(message = Messages.EMPTY) String> stands,
                      String image,
                      String imageAlt,
                      boolean draft) implements Timed, Illustrated, Draftable {

    public Session {
        topics = topics == null ? List.of() : List.copyOf(topics);
        people = people == null ? List.of() : List.copyOf(people);
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
        stands = stands == null ? List.of() : List.copyOf(stands);
    }
}
