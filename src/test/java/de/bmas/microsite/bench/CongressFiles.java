package de.bmas.microsite.bench;

import java.time.LocalTime;
import java.util.List;

import static de.bmas.microsite.bench.GeneratedText.quote;

/**
 * The text of the generated files around the sessions and topics: the event, the day's programme (which also sets the
 * sessions' time slots), the one stand, a file per person and the two legal pages. Only the text: the generator
 * decides where each file goes and writes it.
 */
final class CongressFiles {

    static final int SLOTS = 18;

    private final GeneratedText text;
    private final List<String> sessionSlugs;

    CongressFiles(GeneratedText text, List<String> sessionSlugs) {
        this.text = text;
        this.sessionSlugs = sessionSlugs;
    }

    /** Slots start every 30 minutes from 9:00; a session takes 45, so neighbouring slots overlap. */
    static LocalTime slotStart(int slot) {
        return LocalTime.of(9, 0).plusMinutes(30L * slot);
    }

    String event() {
        int sessionCount = sessionSlugs.size();
        return """
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
                text.paragraph("in allen Branchen"), text.paragraph("in den Regionen"));
    }

    String programme() {
        int sessionCount = sessionSlugs.size();
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
            LocalTime start = slotStart(slot);
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
        return yaml.toString();
    }

    String stand() {
        return """
                ---
                title: Infostand Fachkräftesicherung
                nav_title: Infostand
                teaser: Am Infostand ließen sich Gäste zu Förderprogrammen beraten.
                teams:
                  - Team des Infostands
                ---
                %s
                """.formatted(text.paragraph("am Stand"));
    }

    /** {@code person} is name, role and organisation. */
    static String person(String[] person) {
        return """
                ---
                name: %s
                role: %s
                organisation: %s
                ---
                """.formatted(quote(person[0]), quote(person[1]), quote(person[2]));
    }

    String page(String title, String teaser) {
        return """
                ---
                title: %s
                teaser: %s
                menu: footer
                ---
                %s
                """.formatted(title, teaser, text.paragraph("auf dieser Website"));
    }
}
