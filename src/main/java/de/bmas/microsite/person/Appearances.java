package de.bmas.microsite.person;

import de.bmas.microsite.content.model.Doc;
import de.bmas.microsite.content.model.Event;
import de.bmas.microsite.content.model.ProgrammeBlock;
import de.bmas.microsite.content.model.Quote;
import de.bmas.microsite.content.model.Session;
import de.bmas.microsite.content.model.Snapshot;
import de.bmas.microsite.content.model.Stand;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Where one person appears in the content: the sessions, programme blocks and stands that name them, whether they
 * moderated the day or the report mentions them, and their quotes. All of it comes from references in the content,
 * so a person's page says nothing the content does not.
 */
record Appearances(List<Doc<Session>> sessions, List<Item> programme, List<Doc<Stand>> stands, boolean moderator,
                   boolean mentioned, List<Quoted> quotes) {

    /** A programme block with its place in the day, from 1, which its anchor on the programme page is made of. */
    record Item(int number, ProgrammeBlock block) {
    }

    /** A quote with the session it was said in. */
    record Quoted(String text, Doc<Session> session) {
    }

    private static final Appearances NONE = new Appearances(List.of(), List.of(), List.of(), false, false, List.of());

    /** Every person's appearances by slug, found in one pass over the content; people without any are left out. */
    static Map<String, Appearances> index(Snapshot snapshot) {
        Map<String, Builder> found = new HashMap<>();
        for (Doc<Session> session : snapshot.sessions()) {
            new LinkedHashSet<>(session.meta().people()).forEach(slug -> at(found, slug).sessions.add(session));
            for (Quote quote : session.meta().quotes()) {
                at(found, quote.person()).quotes.add(new Quoted(quote.text(), session));
            }
        }
        List<ProgrammeBlock> blocks = snapshot.programme().meta().blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Item item = new Item(i + 1, blocks.get(i));
            new LinkedHashSet<>(blocks.get(i).people()).forEach(slug -> at(found, slug).programme.add(item));
        }
        for (Doc<Stand> stand : snapshot.stands()) {
            new LinkedHashSet<>(stand.meta().visitors()).forEach(slug -> at(found, slug).stands.add(stand));
        }
        Event event = snapshot.event().meta();
        event.moderators().forEach(slug -> at(found, slug).moderator = true);
        event.people().forEach(slug -> at(found, slug).mentioned = true);
        Map<String, Appearances> index = new HashMap<>();
        found.forEach((slug, builder) -> index.put(slug, builder.build()));
        return index;
    }

    static Appearances of(Map<String, Appearances> index, String slug) {
        return index.getOrDefault(slug, NONE);
    }

    private static Builder at(Map<String, Builder> found, String slug) {
        return found.computeIfAbsent(slug, any -> new Builder());
    }

    private static final class Builder {
        private final List<Doc<Session>> sessions = new ArrayList<>();
        private final List<Item> programme = new ArrayList<>();
        private final List<Doc<Stand>> stands = new ArrayList<>();
        private final List<Quoted> quotes = new ArrayList<>();
        private boolean moderator;
        private boolean mentioned;

        Appearances build() {
            return new Appearances(List.copyOf(sessions), List.copyOf(programme), List.copyOf(stands), moderator,
                    mentioned, List.copyOf(quotes));
        }
    }
}
