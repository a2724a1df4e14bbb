package de.bmas.microsite.person;

import de.bmas.microsite.content.model.Doc;
import de.bmas.microsite.content.model.Event;
import de.bmas.microsite.content.model.ProgrammeBlock;
import de.bmas.microsite.content.model.Quote;
import de.bmas.microsite.content.model.Session;
import de.bmas.microsite.content.model.Snapshot;
import de.bmas.microsite.content.model.Stand;
import de.bmas.microsite.site.Routes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where one person appears in the content: the sessions, programme blocks and stands that name them, whether they
 * moderated the day or the report mentions them, their quotes, and the other texts that link to them (an editor's
 * link, or the name the site links). All of it comes from references in the content, so a person's page says
 * nothing the content does not.
 */
record Appearances(List<Doc<Session>> sessions, List<Item> programme, List<Doc<Stand>> stands, boolean moderator,
                   boolean mentioned, List<Quoted> quotes, List<Mention> texts) {

    /** A programme block with its place in the day, from 1, which its anchor on the programme page is made of. */
    record Item(int number, ProgrammeBlock block) {
    }

    /** A quote with the session it was said in. */
    record Quoted(String text, Doc<Session> session) {
    }

    /** A page whose text links to the person, by its title and address. */
    record Mention(String title, String route) {
    }

    private static final Appearances NONE = new Appearances(List.of(), List.of(), List.of(), false, false, List.of(),
            List.of());
    private static final Pattern PERSON_LINK = Pattern.compile("href=\"" + Routes.PEOPLE + "/([a-z0-9-]+)\"");

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
        // texts listed above already lead to the person; the others are listed as mentions
        snapshot.sessions().forEach(session -> mentions(found, session.html(), session.meta().people(),
                new Mention(session.meta().title(), Routes.session(session.slug()))));
        snapshot.stands().forEach(stand -> mentions(found, stand.html(), stand.meta().visitors(),
                new Mention(stand.meta().title(), Routes.topLevelPage(stand.slug()))));
        snapshot.topics().forEach(topic -> mentions(found, topic.html(), List.of(),
                new Mention(topic.meta().title(), Routes.topic(topic.slug()))));
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

    private static void mentions(Map<String, Builder> found, String html, List<String> listed, Mention page) {
        Matcher link = PERSON_LINK.matcher(html == null ? "" : html);
        Set<String> linked = new LinkedHashSet<>();
        while (link.find()) {
            linked.add(link.group(1));
        }
        linked.stream().filter(slug -> !listed.contains(slug)).forEach(slug -> at(found, slug).texts.add(page));
    }

    private static Builder at(Map<String, Builder> found, String slug) {
        return found.computeIfAbsent(slug, any -> new Builder());
    }

    private static final class Builder {
        private final List<Doc<Session>> sessions = new ArrayList<>();
        private final List<Item> programme = new ArrayList<>();
        private final List<Doc<Stand>> stands = new ArrayList<>();
        private final List<Quoted> quotes = new ArrayList<>();
        private final List<Mention> texts = new ArrayList<>();
        private boolean moderator;
        private boolean mentioned;

        Appearances build() {
            return new Appearances(List.copyOf(sessions), List.copyOf(programme), List.copyOf(stands), moderator,
                    mentioned, List.copyOf(quotes), List.copyOf(texts));
        }
    }
}
