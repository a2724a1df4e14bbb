package de.bmas.microsite.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.IntStream;

import static de.bmas.microsite.bench.GeneratedText.AREAS;
import static de.bmas.microsite.bench.GeneratedText.ASPECTS;
import static de.bmas.microsite.bench.GeneratedText.FACTORS;
import static de.bmas.microsite.bench.GeneratedText.FIRST_NAMES;
import static de.bmas.microsite.bench.GeneratedText.FORMATS;
import static de.bmas.microsite.bench.GeneratedText.INSIGHTS;
import static de.bmas.microsite.bench.GeneratedText.LAST_NAMES;
import static de.bmas.microsite.bench.GeneratedText.MEASURES;
import static de.bmas.microsite.bench.GeneratedText.ORGANISATIONS;
import static de.bmas.microsite.bench.GeneratedText.ROLES;
import static de.bmas.microsite.bench.GeneratedText.capitalize;
import static de.bmas.microsite.bench.GeneratedText.quote;
import static de.bmas.microsite.bench.GeneratedText.sessionTitle;
import static de.bmas.microsite.bench.GeneratedText.slug;
import static de.bmas.microsite.bench.GeneratedText.topicTitle;

/**
 * Writes a synthetic but valid content folder with any number of sessions, for scale tests and benchmarks:
 * German report text, topics, people (each in a file of their own) with roles and organisations, quotes, times, rooms
 * and links between pages.
 * The same size and seed always give the same folder. A congress with more sessions has more topics (one per 25
 * sessions), as real ones do, so each topic page stays of realistic length.
 * <p>
 * Run it alone to get a folder for manual load tests: {@code ContentGenerator DIR SESSIONS}.
 * <p>
 * Here are the topics, the sessions and the people they name; the words and sentences come from
 * {@link GeneratedText}, the event, programme, stand, person and legal pages from {@link CongressFiles}.
 */
public final class ContentGenerator {

    private static final int SESSIONS_PER_TOPIC = 25;

    private final Path dir;
    private final int sessionCount;
    private final int topicCount;
    /** One random sequence for all choices, the words' included, so the same seed gives the same folder. */
    private final Random random;
    private final GeneratedText text;
    private final List<String> topicSlugs = new ArrayList<>();
    private final List<String> sessionSlugs = new ArrayList<>();
    /** Everyone named by a session, by slug: name, role and organisation, written to {@code personen/} at the end. */
    private final Map<String, String[]> persons = new TreeMap<>();

    private ContentGenerator(Path dir, int sessionCount, long seed) {
        this.dir = dir;
        this.sessionCount = sessionCount;
        this.topicCount = Math.max(4, sessionCount / SESSIONS_PER_TOPIC);
        this.random = new Random(seed);
        this.text = new GeneratedText(random);
    }

    /** Writes a content folder with {@code sessions} sessions into {@code dir}, which must be empty or missing. */
    public static void write(Path dir, int sessions) {
        new ContentGenerator(dir, sessions, 2025).write();
    }

    public static void main(String[] args) {
        write(Path.of(args[0]), Integer.parseInt(args[1]));
    }

    private void write() {
        IntStream.range(0, topicCount).forEach(i -> topicSlugs.add(slug(topicTitle(i)) + "-" + (i + 1)));
        IntStream.range(0, sessionCount).forEach(i -> sessionSlugs.add(slug(sessionTitle(i)) + "-" + (i + 1)));
        for (int i = 0; i < topicCount; i++) {
            writeTopic(i);
        }
        for (int i = 0; i < sessionCount; i++) {
            writeSession(i);
        }
        CongressFiles congress = new CongressFiles(text, sessionSlugs);
        file("veranstaltung.md", congress.event());
        file("programm.md", congress.programme());
        file("staende/infostand.md", congress.stand());
        persons.forEach((personSlug, person) -> file("personen/" + personSlug + ".md", CongressFiles.person(person)));
        file("seiten/impressum.md", congress.page("Impressum", "Angaben zum Anbieter dieser Website."));
        file("seiten/datenschutz.md",
                congress.page("Datenschutz", "Wie diese Website mit personenbezogenen Daten umgeht."));
    }

    private void writeTopic(int i) {
        String area = AREAS[(i / ASPECTS.length) % AREAS.length][1];
        file("themen/" + topicSlugs.get(i) + ".md", """
                ---
                title: %s
                teaser: %s
                ---
                %s

                %s
                """.formatted(quote(topicTitle(i)),
                quote("Sessions und Ergebnisse zum Thema " + ASPECTS[i % ASPECTS.length] + " " + area + "."),
                text.paragraph(area), text.paragraph(area)));
    }

    private void writeSession(int i) {
        String area = AREAS[i % AREAS.length][1];
        List<String[]> people = people(1 + random.nextInt(4));
        StringBuilder yaml = new StringBuilder();
        yaml.append("---\ntitle: ").append(quote(sessionTitle(i))).append('\n');
        yaml.append("format: ").append(quote(FORMATS[i % FORMATS.length])).append('\n');
        yaml.append("topics:\n");
        topicsOf(i).forEach(topic -> yaml.append("  - ").append(topic).append('\n'));
        LocalTime start = CongressFiles.slotStart(i % CongressFiles.SLOTS);
        yaml.append("start: \"").append(start).append("\"\nend: \"").append(start.plusMinutes(45)).append("\"\n");
        yaml.append("room: ").append(quote("Saal " + (1 + (i / CongressFiles.SLOTS) % 40))).append('\n');
        yaml.append("people:\n");
        for (String[] person : people) {
            yaml.append("  - ").append(slug(person[0])).append('\n');
        }
        int quotes = random.nextInt(3);
        if (quotes > 0) {
            yaml.append("quotes:\n");
            for (int q = 0; q < quotes; q++) {
                String[] person = people.get(random.nextInt(people.size()));
                yaml.append("  - text: ").append(quote(capitalize(text.pick(INSIGHTS)) + ".")).append('\n')
                        .append("    person: ").append(slug(person[0])).append('\n');
            }
        }
        yaml.append("teaser: ").append(quote("Wie gewinnen und halten Betriebe Fachkräfte " + area + "? Die Runde sammelte "
                + "Erfahrungen und Vorschläge.")).append('\n');
        if (i % 50 == 7) {
            yaml.append("stands:\n  - infostand\n");
        }
        yaml.append("---\n");
        String body = text.paragraph(area) + "\n\n" + people.get(0)[0] + " von der Organisation „" + people.get(0)[2]
                + "“ sagte: " + capitalize(text.pick(INSIGHTS)) + ".\n\n## Ergebnisse\n\n"
                + "- " + capitalize(text.pick(MEASURES)) + "\n- " + capitalize(text.pick(FACTORS)) + "\n- "
                + capitalize(text.pick(MEASURES)) + "\n\n" + text.paragraph(area) + "\n\n## Wie es weitergeht\n\n"
                + text.paragraph(area) + " Mehr dazu unter [" + topicTitle(topicIndex(i)) + "](/themen/"
                + topicSlugs.get(topicIndex(i)) + ") und in der Session [" + sessionTitle((i + 1) % sessionCount)
                + "](/sessions/" + sessionSlugs.get((i + 1) % sessionCount) + ").\n";
        file("sessions/" + sessionSlugs.get(i) + ".md", yaml + body);
    }

    /** The session's main topic, and sometimes a neighbouring one and a random one. */
    private List<String> topicsOf(int session) {
        List<String> topics = new ArrayList<>();
        topics.add(topicSlugs.get(topicIndex(session)));
        if (random.nextInt(2) == 0) {
            topics.add(topicSlugs.get((topicIndex(session) + 1) % topicCount));
        }
        String other = topicSlugs.get(random.nextInt(topicCount));
        if (random.nextInt(3) == 0 && !topics.contains(other)) {
            topics.add(other);
        }
        return topics;
    }

    private int topicIndex(int session) {
        return session % topicCount;
    }

    /** {@code count} different people; the same name is always the same person, with the same role. */
    private List<String[]> people(int count) {
        List<String[]> people = new ArrayList<>();
        while (people.size() < count) {
            String name = text.pick(FIRST_NAMES) + " " + text.pick(LAST_NAMES);
            if (people.stream().noneMatch(person -> person[0].equals(name))) {
                people.add(persons.computeIfAbsent(slug(name),
                        slug -> new String[]{name, text.pick(ROLES), text.pick(ORGANISATIONS)}));
            }
        }
        return people;
    }

    private void file(String path, String content) {
        try {
            Path file = dir.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
