package de.bmas.microsite.bench;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The German words of a generated content folder (branches, aspects, names, roles, findings) and the seeded sentences
 * and titles made of them, with how a text becomes a YAML string and a slug. The {@link Random} is the generator's own,
 * so the same seed draws the same words in the same order.
 */
final class GeneratedText {

    static final String[][] AREAS = {
            {"Pflege", "in der Pflege"}, {"Handwerk", "im Handwerk"}, {"Industrie", "in der Industrie"},
            {"IT-Branche", "in der IT-Branche"}, {"Logistik", "in der Logistik"},
            {"Gastronomie", "in der Gastronomie"}, {"Kindertagesbetreuung", "in der Kindertagesbetreuung"},
            {"Gesundheitswesen", "im Gesundheitswesen"}, {"Energiewende", "in der Energiewende"},
            {"Bauwirtschaft", "in der Bauwirtschaft"}, {"Einzelhandel", "im Einzelhandel"},
            {"Landwirtschaft", "in der Landwirtschaft"}, {"öffentlicher Dienst", "im öffentlichen Dienst"},
            {"Metall- und Elektroindustrie", "in der Metall- und Elektroindustrie"},
            {"Sozialwirtschaft", "in der Sozialwirtschaft"}, {"Verkehr", "im Verkehrssektor"}};
    static final String[] ASPECTS = {"Fachkräftesicherung", "Ausbildung", "Weiterbildung",
            "Zuwanderung", "Arbeitskultur", "Digitalisierung", "Gleichstellung", "Gesundheit am Arbeitsplatz"};
    private static final String[] REGIONS = {"Nord", "Süd", "Ost", "West", "Mitte"};
    static final String[] FORMATS = {"Session", "Panel", "World Café", "Workshop", "Impuls", "Podium"};
    private static final String[] TITLE_ENDINGS = {"Wege aus dem Engpass", "Beispiele aus der Praxis",
            "was Betriebe jetzt tun können", "Chancen für Quereinsteigende", "gemeinsam mehr erreichen",
            "Erfahrungen aus den Regionen", "wie Integration gelingt", "neue Wege in der Ausbildung"};
    static final String[] FIRST_NAMES = {"Anna", "Mehmet", "Julia", "Thomas", "Fatma", "Lukas", "Sabine",
            "Olena", "Jan", "Katharina", "Ahmed", "Petra", "Stefan", "Aylin", "Michael", "Lea", "Dariusz", "Miriam"};
    static final String[] LAST_NAMES = {"Müller", "Yılmaz", "Schmidt", "Kowalski", "Becker", "Nguyen",
            "Hoffmann", "Schäfer", "Wagner", "Öztürk", "Richter", "Koch", "Bauer", "Krüger", "Hartmann", "Lange"};
    static final String[] ROLES = {"Geschäftsführung", "Personalleitung", "Ausbildungsleitung",
            "Projektleitung", "Referat Fachkräftesicherung", "Beratung für Betriebe", "Vorstand"};
    static final String[] ORGANISATIONS = {"Handwerkskammer Musterstadt", "Agentur für Arbeit Musterstadt",
            "Pflegedienst Lindenhof GmbH", "Musterwerk AG", "Verband der Beispielbetriebe e. V.",
            "Jobcenter Musterkreis", "Institut für Arbeitsmarktfragen", "Beispiel Logistik GmbH"};
    static final String[] INSIGHTS = {"ohne gezielte Weiterbildung lässt sich der Bedarf nicht decken",
            "kleine und mittlere Unternehmen brauchen einfache und schnelle Verfahren",
            "gute Arbeitsbedingungen sind das wirksamste Mittel gegen Abwanderung",
            "wer früh Verantwortung bekommt, bleibt dem Betrieb länger treu",
            "Sprachförderung im Betrieb wirkt schneller als Kurse nach Feierabend",
            "Netzwerke in der Region helfen mehr als einzelne Kampagnen"};
    static final String[] FACTORS = {"eine wertschätzende Unternehmenskultur",
            "die schnelle Anerkennung ausländischer Abschlüsse", "verlässliche Kinderbetreuung",
            "eine digitale und bürgernahe Verwaltung", "die Zusammenarbeit mit Berufsschulen",
            "ein offenes Ohr für die Wünsche der Beschäftigten"};
    static final String[] MEASURES = {"flexible Arbeitszeitmodelle", "Teilzeitausbildung",
            "Sprachkurse im Betrieb", "Mentoring-Programme", "digitale Lernplattformen",
            "Patenschaften für neue Kolleginnen und Kollegen", "Kooperationen mit Hochschulen"};
    private static final String[] BURDENS = {"Anerkennungsverfahren", "die Dokumentation", "Visaverfahren",
            "die Suche nach Wohnraum", "Abstimmungen mit mehreren Behörden"};
    private static final String[] NEXT_STEPS = {"die Ergebnisse in einem regionalen Netzwerk weiterzuführen",
            "im kommenden Jahr erneut zusammenzukommen", "eine gemeinsame Handreichung für Betriebe zu erarbeiten",
            "erfolgreiche Beispiele stärker bekannt zu machen"};

    private final Random random;

    GeneratedText(Random random) {
        this.random = random;
    }

    static String topicTitle(int i) {
        String title = ASPECTS[i % ASPECTS.length] + " " + AREAS[(i / ASPECTS.length) % AREAS.length][1];
        int round = i / (ASPECTS.length * AREAS.length);
        return round == 0 ? title : title + " – Region " + REGIONS[(round - 1) % REGIONS.length];
    }

    static String sessionTitle(int i) {
        return "Fachkräfte " + AREAS[i % AREAS.length][1] + ": " + TITLE_ENDINGS[(i / AREAS.length) % TITLE_ENDINGS.length];
    }

    String paragraph(String area) {
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

    String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }

    static String capitalize(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static String slug(String title) {
        String ascii = Normalizer.normalize(title.toLowerCase(Locale.GERMAN)
                        .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss"),
                Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
