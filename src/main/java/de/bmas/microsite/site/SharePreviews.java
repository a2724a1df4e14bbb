package de.bmas.microsite.site;

import de.bmas.microsite.content.model.Event;
import de.bmas.microsite.content.model.Snapshot;
import de.bmas.microsite.share.ShareCard;
import de.bmas.microsite.share.ShareImages;
import org.springframework.stereotype.Component;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The share image of each page ({@code og:image}): what its card says, and the deferred response that draws it.
 * One instance for the application's life, so that its cache carries drawn cards from one snapshot to the next and
 * a reload draws only the cards whose text changed.
 */
@Component
class SharePreviews {

    /** About 1,800 cards of 18 KB: every page of a large event; beyond that the least recently shared go first. */
    private static final long CACHE_BYTES = 32L << 20;
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.GERMAN);

    private final ShareImages images = new ShareImages(CACHE_BYTES);

    /** The home page shows the motto as its title, every other page its own title. */
    ShareCard card(Snapshot snapshot, View view) {
        Event event = snapshot.event().meta();
        String title = view.route().equals(Routes.HOME) && event.motto() != null ? event.motto() : view.meta().title();
        String place = event.venue().name() + ", " + event.venue().city();
        return new ShareCard(event.name(), title, GERMAN_DATE.format(event.date()) + " · " + place,
                event.organiser());
    }

    /** The image, drawn when it is first asked for. */
    Supplier<PreparedResponse> response(Snapshot snapshot, View view, String cacheControl) {
        String route = Routes.shareImage(view.route());
        ShareCard card = card(snapshot, view);
        return () -> PreparedResponse.of(route, route.substring(1), ShareImages.CONTENT_TYPE, images.png(card),
                view.meta().lastModified(), cacheControl);
    }
}
