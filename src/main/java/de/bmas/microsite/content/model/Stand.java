package de.bmas.microsite.content.model;

import jakarta.validation.constraints.NotBlank;

import java.util.List;

/**
 * The front matter of {@code staende/<slug>.md}: an info stand at the event. Visitors are named by slug; the
 * sessions relevant for the stand name it themselves ({@link Session#stands()}).
 */
public record Stand(@NotBlank(message = Messages.EMPTY) String title,
                    @NotBlank(message = Messages.EMPTY) String navTitle,
                    @NotBlank(message = Messages.EMPTY) String teaser,
                    List<@NotBlank(message = Messages.EMPTY) String> programmeSummary,
                    List<@NotBlank(message = Messages.EMPTY) String> teams,
                    List<@NotBlank(message = Messages.EMPTY) String> visitors,
                    boolean draft) implements Draftable {

    public Stand {
        programmeSummary = programmeSummary == null ? List.of() : List.copyOf(programmeSummary);
        teams = teams == null ? List.of() : List.copyOf(teams);
        visitors = visitors == null ? List.of() : List.copyOf(visitors);
    }
}
