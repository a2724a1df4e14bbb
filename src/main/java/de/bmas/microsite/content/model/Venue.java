package de.bmas.microsite.content.model;

import jakarta.validation.constraints.NotBlank;

public record Venue(@NotBlank(message = Messages.EMPTY) String name,
                    String street,
                    String postcode,
                    @NotBlank(message = Messages.EMPTY) String city) {

    /** Street, postcode and city as one line, leaving out what is unknown. */
    public String address() {
        String place = join(" ", postcode, city);
        return join(", ", street, place);
    }

    private static String join(String separator, String first, String second) {
        if (first == null || first.isBlank()) {
            return second;
        }
        return second == null || second.isBlank() ? first : first + separator + second;
    }
}
