package de.bmas.microsite.search;

import java.text.Normalizer;
import java.util.List;

/**
 * One thing a visitor can find, as plain text: the index knows these instead of the content records, so it does
 * not change when the content model does, and tests can feed it any text they like.
 *
 * @param route  the page the result links to, e.g. {@code /sessions/eroeffnung}
 * @param body   plain text, no markup
 * @param people the names of the people (or teams) the document is about or who took part
 * @param topics the titles of the topics the document belongs to
 * @param titleLanguage the language of the title where it is not German ({@code en}), so that results and the A–Z
 *                      index mark it as the title's own page does; null for German
 * @param language      the language of teaser and body where not German, likewise; null for German
 */
public record SearchDocument(Kind kind, String route, String title, String teaser, String body,
                             List<String> people, List<String> topics, String titleLanguage, String language) {

    /** What a result is, with the German word visitors read beside it. */
    public enum Kind {
        SESSION("Session"), TOPIC("Thema"), PERSON("Person"), PAGE("Seite"), STAND("Infostand");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public SearchDocument {
        title = composed(title);
        teaser = teaser == null ? "" : composed(teaser);
        body = body == null ? "" : composed(body);
        people = people == null ? List.of() : people.stream().map(SearchDocument::composed).toList();
        topics = topics == null ? List.of() : topics.stream().map(SearchDocument::composed).toList();
    }

    /**
     * The text with umlauts as one character each: a file saved on a Mac may write „Ö“ as „O“ and a combining
     * diaeresis, which the analysis would not fold to „o“. Queries are composed alike ({@link SearchIndex#text}).
     */
    static String composed(String text) {
        return text == null || Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** A document in German. */
    public SearchDocument(Kind kind, String route, String title, String teaser, String body, List<String> people,
                          List<String> topics) {
        this(kind, route, title, teaser, body, people, topics, null, null);
    }
}
