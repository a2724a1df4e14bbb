package de.bmas.microsite.outputs;

import de.bmas.microsite.content.model.Person;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A programme block or session with a clock time, on the event's day in Berlin time: what a calendar or a
 * conference schedule can place.
 *
 * @param slug     the session's slug, or the title of a block ({@code eroeffnung}, numbered from {@code -2} among
 *                 blocks that share it)
 * @param type     the session's format or the block's kind
 * @param summary  the session's teaser or the block's text; may be null for blocks
 * @param end      null when only the start is known
 * @param room     the session's room or the block's own location, else the venue's name
 * @param location the whole place for calendars: room and venue with address, or the block's location
 * @param track    the title of the session's first topic, or null
 * @param url      the absolute address of the page that shows it
 * @param html     the session's report, or null for blocks
 * @param language the language it is held in, as an ISO 639 code: the session's own, else German
 */
record Slot(Kind kind, String slug, String title, String type, String summary, ZonedDateTime start,
            ZonedDateTime end, String room, String location, List<Person> people, String track, String url,
            Instant lastModified, String html, String language) {

    enum Kind {
        SESSION, BLOCK
    }

    /** Unique within the site: {@code session-<slug>} or {@code block-<slug>}. */
    String uid() {
        return kind.name().toLowerCase(Locale.ROOT) + "-" + slug;
    }

    /** The report as plain text, one paragraph (or list, or heading) per block; null for blocks. */
    String text() {
        if (html == null) {
            return null;
        }
        return Jsoup.parseBodyFragment(html).body().children().stream()
                .map(Element::text)
                .collect(Collectors.joining("\n\n"));
    }
}
