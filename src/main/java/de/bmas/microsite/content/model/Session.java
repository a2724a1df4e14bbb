package de.bmas.microsite.content.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import java.time.LocalTime;
import java.util.List;

/**
 * The front matter of {@code sessions/<slug>.md}. People, topics and the info stands the session is relevant for
 * are named by their slugs.
 *
 * @param language      the language the session was held and reported in, where not German: title, teaser and
 *                      report are marked with it, and conference schedules list it; null for German
 * @param titleLanguage the language of the title alone, for a session reported in German under a title in
 *                      another language; null when the title is in {@code language}
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
                      boolean draft,
                      @Pattern(regexp = Messages.LANGUAGE_CODE, message = Messages.LANGUAGE) String language,
                      @Pattern(regexp = Messages.LANGUAGE_CODE, message = Messages.LANGUAGE) String titleLanguage)
        implements Timed, Illustrated, Draftable {

    public Session {
        topics = topics == null ? List.of() : List.copyOf(topics);
        people = people == null ? List.of() : List.copyOf(people);
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
        stands = stands == null ? List.of() : List.copyOf(stands);
    }

    /** The language of the title, or null for German. */
    public String languageOfTitle() {
        return titleLanguage != null ? titleLanguage : language;
    }
}
