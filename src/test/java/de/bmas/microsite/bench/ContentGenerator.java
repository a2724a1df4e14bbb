package de.bmas.microsite.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Writes a synthetic but valid content folder with any number of sessions, for scale tests and benchmarks:
 * German report text, topics, people (each in a file of their own) with roles and organisations, quotes, times, rooms
 * and links between pages.
 * The same size and seed always give the same folder. A congress with more sessions has more topics (one per 25
 * sessions), as real ones do, so each topic page stays of realistic length.
 * <p>
 * Run it alone to get a folder for manual load tests: {@code ContentGenerator DIR SESSIONS}.
 */
public final class ContentGenerator {

    private static final int SESSIONS_PER_TOPIC = 25;
    private static final int SLOTS = 18;

    private static final String[][] AREAS = {
            {"Pflege", "in der Pflege"}, {"Handwerk", "im Handwerk"}, {"Industrie", "in der Industrie"},
            {"IT-Branche", "in der IT-Branche"}, {"Logistik", "in der Logistik"},
            {"Gastronomie", "in der Gastronomie"}, {"Kindertagesbetreuung", "in der Kindertagesbetreuung"},
            {"Gesundheitswesen", "im Gesundheitswesen"}, {"Energiewende", "in der Energiewende"},
            {"Bauwirtschaft", "in der Bauwirtschaft"}, {"Einzelhandel", "im Einzelhandel"},
            {"Landwirtschaft", "in der Landwirtschaft"}, {"öffentlicher Dienst", "im öffentlichen Dienst"},
            {"Metall- und Elektroindustrie", "in der Metall- und Elektroindustrie"},
            {"Sozialwirtschaft", "in der Sozialwirtschaft"}, {"Verkehr", "im Verkehrssektor"}};
    private static final String[] ASPECTS = {"Fachkräftesicherung", "Ausbildung", "Weiterbildung",
            "Zuwanderung", "Arbeitskultur", "Digitalisierung", "Gleichstellung", "Gesundheit am Arbeitsplatz"};
    private static final String[] REGIONS = {"Nord", "Süd", "Ost", "West", "Mitte"};
    private static final String[] FORMATS = {"Session", "Panel", "World Café", "Workshop", "Impuls", "Podium"};
    private static final String[] TITLE_ENDINGS = {"Wege aus dem Engpass", "Beispiele aus der Praxis",
            "was Betriebe jetzt tun können", "Chancen für Quereinsteigende", "gemeinsam mehr erreichen",
            "Erfahrungen aus den Regionen", "wie Integration gelingt", "neue Wege in der Ausbildung"};
    private static final String[] FIRST_NAMES = {"Anna", "Mehmet", "Julia", "Thomas", "Fatma", "Lukas", "Sabine",
            "Olena", "Jan", "Katharina", "Ahmed", "Petra", "Stefan", "Aylin", "Michael", "Lea", "Dariusz", "Miriam"};
    private static final String[] LAST_NAMES = {"Müller", "Yılmaz", "Schmidt", "Kowalski", "Becker", "Nguyen",
            "Hoffmann", "Schäfer", "Wagner", "Öztürk", "Richter", "Koch", "Bauer", "Krüger", "Hartmann", "Lange"};
    private static final String[] ROLES = {"Geschäftsführung", "Personalleitung", "Ausbildungsleitung",
            "Projektleitung", "Referat Fachkräftesicherung", "Beratung für Betriebe", "Vorstand"};
    private static final String[] ORGANISATIONS = {"Handwerkskammer Musterstadt", "Agentur für Arbeit Musterstadt",
            "Pflegedienst Lindenhof GmbH", "Musterwerk AG", "Verband der Beispielbetriebe e. V.",
            "Jobcenter Musterkreis", "Institut für Arbeitsmarktfragen", "Beispiel Logistik GmbH"};
    private static final String[] INSIGHTS = {"ohne gezielte Weiterbildung lässt sich der Bedarf nicht decken",
            "kleine und mittlere Unternehmen brauchen einfache und schnelle Verfahren",
            "gute Arbeitsbedingungen sind das wirksamste Mittel gegen Abwanderung",
            "wer früh Verantwortung bekommt, bleibt dem Betrieb länger treu",
            "Sprachförderung im Betrieb wirkt schneller als Kurse nach Feierabend",
            "Netzwerke in der Region helfen mehr als einzelne Kampagnen"};
    private static final String[] FACTORS = {"eine wertschätzende Unternehmenskultur",
            "die schnelle Anerkennung ausländischer Abschlüsse", "verlässliche Kinderbetreuung",
            "eine digitale und bürgernahe Verwaltung", "die Zusammenarbeit mit Berufsschulen",
            "ein offenes Ohr für die Wünsche der Beschäftigten"};
    private static final String[] MEASURES = {"flexible Arbeitszeitmodelle", "Teilzeitausbildung",
            "Sprachkurse im Betrieb", "Mentoring-Programme", "digitale Lernplattformen",
            "Patenschaften für neue Kolleginnen und Kollegen", "Kooperationen mit Hochschulen"};
    private static final String[] BURDENS = {"Anerkennungsverfahren", "die Dokumentation", "Visaverfahren",
            "die Suche nach Wohnraum", "Abstimmungen mit mehreren Behörden"};
    private static final String[] NEXT_STEPS = {"die Ergebnisse in einem regionalen Netzwerk weiterzuführen",
            "im kommenden Jahr erneut zusammenzukommen", "eine gemeinsame Handreichung für Betriebe zu erarbeiten",
            "erfolgreiche Beispiele stärker bekannt zu machen"};

    private final Path dir;
    private final int sessionCount;
    private final int topicCount;
    private final Random random;
    private final List<String> topicSlugs = new ArrayList<>();
    private final List<String> sessionSlugs = new ArrayList<>();
    /** Everyone named by a session, by slug: name, role and organisation, written to {@code personen/} at the end. */
    private final Map<String, String[]> persons = new TreeMap<>();

    private ContentGenerator(Path dir, int sessionCount, long seed) {
        this.dir = dir;
        this.sessionCount = sessionCount;
        this.topicCount = Math.max(4, sessionCount / SESSIONS_PER_TOPIC);
        this.random = new Random(seed);
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
        writeEvent();
        writeProgramme();
        writeStand();
        persons.forEach(this::writePerson);
        writePage("impressum", "Impressum", "Angaben zum Anbieter dieser Website.");
        writePage("datenschutz", "Datenschutz", "Wie diese Website mit personenbezogenen Daten umgeht.");
    }

    private String topicTitle(int i) {
        String title = ASPECTS[i % ASPECTS.length] + " " + AREAS[(i / ASPECTS.length) % AREAS.length][1];
        int round = i / (ASPECTS.length * AREAS.length);
        return round == 0 ? title : title + " – Region " + REGIONS[(round - 1) % REGIONS.length];
    }

    private String sessionTitle(int i) {
        return "Fachkräfte " + AREAS[i % AREAS.length][1] + ": " + TITLE_ENDINGS[(i / AREAS.length) % TITLE_ENDINGS.length];
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
                paragraph(area), paragraph(area)));
    }

    private void writeSession(int i) {
        String area = AREAS[i % AREAS.length][1];
        List<String[]> people = people(1 + random.nextInt(4));
        StringBuilder yaml = new StringBuilder();
        yaml.append("---\ntitle: ").append(quote(sessionTitle(i))).append('\n');
        yaml.append("format: ").append(quote(FORMATS[i % FORMATS.length])).append('\n');
        yaml.append("topics:\n");
        topicsOf(i).forEach(topic -> yaml.append("  - ").append(topic).append('\n'));
        LocalTime start = LocalTime.of(9, 0).plusMinutes(30L * (i % SLOTS));
        yaml.append("start: \"").append(start).append("\"\nend: \"").append(start.plusMinutes(45)).append("\"\n");
        yaml.append("room: ").append(quote("Saal " + (1 + (i / SLOTS) % 40))).append('\n');
        yaml.append("people:\n");
        for (String[] person : people) {
            yaml.append("  - ").append(slug(person[0])).append('\n');
        }
        int quotes = random.nextInt(3);
        if (quotes > 0) {
            yaml.append("quotes:\n");
            for (int q = 0; q < quotes; q++) {
                String[] person = people.get(random.nextInt(people.size()));
                yaml.append("  - text: ").append(quote(capitalize(pick(INSIGHTS)) + ".")).append('\n')
                        .append("    person: ").append(slug(person[0])).append('\n');
            }
        }
        yaml.append("teaser: ").append(quote("Wie gewinnen und halten Betriebe Fachkräfte " + area + "? Die Runde sammelte "
                + "Erfahrungen und Vorschläge.")).append('\n');
        if (i % 50 == 7) {
            yaml.append("stands:\n  - infostand\n");
        }
        yaml.append("---\n");
        String body = paragraph(area) + "\n\n" + people.get(0)[0] + " von der Organisation „" + people.get(0)[2]
                + "“ sagte: " + capitalize(pick(INSIGHTS)) + ".\n\n## Ergebnisse\n\n"
                + "- " + capitalize(pick(MEASURES)) + "\n- " + capitalize(pick(FACTORS)) + "\n- "
                + capitalize(pick(MEASURES)) + "\n\n" + paragraph(area) + "\n\n## Wie es weitergeht\n\n"
                + paragraph(area) + " Mehr dazu unter [" + topicTitle(topicIndex(i)) + "](/themen/"
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
            String name = pick(FIRST_NAMES) + " " + pick(LAST_NAMES);
            if (people.stream().noneMatch(person -> person[0].equals(name))) {
                people.add(persons.computeIfAbsent(slug(name),
                        slug -> new String[]{name, pick(ROLES), pick(ORGANISATIONS)}));
            }
        }
        return people;
    }

    private String paragraph(String area) {
        List<String> sentences = new ArrayList<>(List.of(
                "Die Teilnehmenden diskutierten, wie " + area + " mehr Fachkräfte gewonnen und gehalten werden können.",
                "Deutlich wurde: " + capitalize(pick(INSIGHTS)) + ".",
                "Gerade " + area + " zeigt sich, wie wichtig " + pick(FACTORS) + " ist.",
                "Viele Betriebe setzen bereits auf " + pick(MEASURES) + ", doch der Aufwand für " + pick(BURDENS)
                        + " bleibt hoch.",
                "Im Austausch mit dem Publikum ging es vor allem um " + pick(MEASURES) + " und um " + pick(FACTORS)
                        + ".",
                "Zum Abschluss vereinbarten die Beteiligten, " + pick(NEXT_STEPS) + "."));
        Collections.shuffle(sentences, random);
        return String.join(" ", sentences.subList(0, 3 + random.nextInt(3)));
    }

    private void writeEvent() {
        file("veranstaltung.md", """
                ---
                name: Fachkräftekongress Lasttest
                motto: Viele Sessions, ein Tag
                date: 2025-02-25
                start: "09:00"
                end: "18:00"
                venue:
                  name: Kongresszentrum Musterstadt
                  street: Beispielstraße 1
                  postcode: "12345"
                  city: Musterstadt
                organiser: Beispielverband für Arbeit
                figures:
                  participants: "rund %d"
                  sessions: "%d"
                teaser: Ein erfundener Kongress mit %d Sessions, um die Website unter Last zu prüfen.
                highlights:
                %s
                ---
                %s

                %s
                """.formatted(sessionCount * 10, sessionCount, sessionCount,
                sessionSlugs.stream().limit(3).map(slug -> "  - " + slug).reduce((a, b) -> a + "\n" + b).orElseThrow(),
                paragraph("in allen Branchen"), paragraph("in den Regionen")));
    }

    private void writeProgramme() {
        StringBuilder yaml = new StringBuilder("""
                ---
                title: Programm
                teaser: Der Ablauf des Tages mit allen Sessions.
                blocks:
                  - title: Begrüßung
                    kind: opening
                    start: "08:30"
                    end: "09:00"
                    text: Die Veranstalter begrüßten die Gäste.
                """);
        for (int slot = 0; slot < SLOTS && slot < sessionCount; slot++) {
            LocalTime start = LocalTime.of(9, 0).plusMinutes(30L * slot);
            yaml.append("  - title: \"Sessions ab ").append(start).append(" Uhr\"\n    kind: sessions\n")
                    .append("    start: \"").append(start).append("\"\n    end: \"").append(start.plusMinutes(45))
                    .append("\"\n    sessions:\n");
            for (int i = slot; i < sessionCount; i += SLOTS) {
                yaml.append("      - ").append(sessionSlugs.get(i)).append('\n');
            }
        }
        yaml.append("""
                  - title: Ausklang
                    kind: evening
                    start: "18:30"
                    text: Der Tag endete mit Musik und Gesprächen.
                ---
                Alle Zeiten sind Ortszeit.
                """);
        file("programm.md", yaml.toString());
    }

    private void writeStand() {
        file("staende/infostand.md", """
                ---
                title: Infostand Fachkräftesicherung
                nav_title: Infostand
                teaser: Am Infostand ließen sich Gäste zu Förderprogrammen beraten.
                teams:
                  - Team des Infostands
                ---
                %s
                """.formatted(paragraph("am Stand")));
    }

    private void writePerson(String slug, String[] person) {
        file("personen/" + slug + ".md", """
                ---
                name: %s
                role: %s
                organisation: %s
                ---
                """.formatted(quote(person[0]), quote(person[1]), quote(person[2])));
    }

    private void writePage(String slug, String title, String teaser) {
        file("seiten/" + slug + ".md", """
                ---
                title: %s
                teaser: %s
                menu: footer
                ---
                %s
                """.formatted(title, teaser, paragraph("auf dieser Website")));
    }

    private String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }

    private static String capitalize(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static String slug(String title) {
        String ascii = Normalizer.normalize(title.toLowerCase(Locale.GERMAN)
                        .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss"),
                Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private void file(String path, String text) {
        try {
            Path file = dir.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
