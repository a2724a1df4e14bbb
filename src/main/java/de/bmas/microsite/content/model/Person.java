package de.bmas.microsite.content.model;

import jakarta.validation.constraints.NotBlank;

import java.util.regex.Pattern;

/**
 * The front matter of {@code personen/<slug>.md}: someone the content names, defined once and referred to by the
 * file's slug. Role and organisation are those of the day of the event, and optional.
 */
public record Person(@NotBlank(message = Messages.EMPTY) String name, String role, String organisation) {

    private static final Pattern WORDS = Pattern.compile("\\s+");

    /**
     * The last word of the name, by which German lists sort people ("von der Leyen" under L, as DIN 5007 does);
     * titles and first names come before it.
     */
    public String familyName() {
        String[] words = WORDS.split(name.strip());
        return words[words.length - 1];
    }

    /** Role and organisation as one line, leaving out what is unknown; null when both are. */
    public String roleLine() {
        if (role == null || organisation == null) {
            return role != null ? role : organisation;
        }
        return role + ", " + organisation;
    }
}
