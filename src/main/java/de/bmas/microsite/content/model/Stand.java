package de.bmas.microsite.content.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import java.util.List;

/** The front matter of {@code staende/<slug>.md}: an info stand at the event. */
public record Stand(@NotBlank(message = Messages.EMPTY) String title,
                    @NotBlank(message = Messages.EMPTY) String navTitle,
                    @NotBlank(message = Messages.EMPTY) String teaser,
                    List<@NotBlank(message = Messages.EMPTY) String> programmeSummary,
                    List<@NotBlank(message = Messages.EMPTY) String> teams,
                    List<@Valid Person> visitors,
                    List<@NotBlank(message = Messages.EMPTY) String> sessions,
                    boolean draft) implements Draftable {

    public Stand {
        programmeSummary = programmeSummary == null ? List.of() : List.copyOf(programmeSummary);
        teams = teams == null ? List.of() : List.copyOf(teams);
        visitors = visitors == null ? List.of() : List.copyOf(visitors);
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
    }
}
