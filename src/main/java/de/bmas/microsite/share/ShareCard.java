package de.bmas.microsite.share;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What one page's share image shows, as plain text set by the caller (e.g. {@code "25. Februar 2025 · Cafe Moskau,
 * Berlin"}); also the key of the image cache, so two cards with equal text share one image.
 */
public record ShareCard(String eventName, String title, String dateAndPlace, String organiser) {

    public ShareCard {
        Objects.requireNonNull(eventName, "eventName");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(dateAndPlace, "dateAndPlace");
        Objects.requireNonNull(organiser, "organiser");
    }

    /** A text alternative for {@code og:image:alt}: everything the image says, the page's title near the front. */
    public String altText() {
        return Stream.of(eventName, title, dateAndPlace, organiser)
                .filter(part -> !part.isBlank())
                .collect(Collectors.joining(" – "));
    }
}
