package de.bmas.microsite.search;

import de.bmas.microsite.search.SearchDocument.Kind;
import de.bmas.microsite.site.Initials;
import org.apache.lucene.analysis.Analyzer;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The data of the A–Z index ({@code /stichwoerter}): important terms, people and topics, each with the pages it
 * leads to, grouped by initial letter in German order (Ä under A). Works where search cannot, in the static export.
 */
public record KeywordIndex(List<Letter> letters) {

    public KeywordIndex {
        letters = List.copyOf(letters);
    }

    /** One initial and its entries in alphabetical order. */
    public record Letter(String letter, List<Keyword> keywords) implements Initials.Section {
        public Letter {
            keywords = List.copyOf(keywords);
        }
    }

    /** An entry: a person as "Özdemir, Cem", a topic by its title, a term as most often written. */
    public record Keyword(String label, Type type, List<Link> links) {
        public Keyword {
            links = List.copyOf(links);
        }
    }

    public record Link(Kind kind, String title, String route, String titleLanguage) {
        static Link to(SearchDocument document) {
            return new Link(document.kind(), document.title(), document.route(), document.titleLanguage());
        }
    }

    public enum Type {
        TERM("Begriff"), PERSON("Person"), TOPIC("Thema");

        private final String label;

        Type(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    static KeywordIndex of(List<SearchDocument> documents, Analyzer analysis) {
        List<Keyword> people = documents.stream().filter(document -> document.kind() == Kind.PERSON)
                .map(person -> new Keyword(surnameFirst(person.title()), Type.PERSON, List.of(Link.to(person))))
                .toList();
        List<Keyword> topics = documents.stream().filter(document -> document.kind() == Kind.TOPIC)
                .map(topic -> new Keyword(topic.title(), Type.TOPIC, List.of(Link.to(topic))))
                .toList();
        List<Keyword> terms = ImportantTerms.of(documents, analysis);
        return byLetter(Stream.of(people, topics, terms).flatMap(List::stream).toList());
    }

    /** "Dr. Sascha Dietrich" as "Dietrich, Dr. Sascha": people are looked up by their surname. */
    static String surnameFirst(String name) {
        String[] words = name.strip().split("\\s+");
        if (words.length < 2) {
            return name.strip();
        }
        return words[words.length - 1] + ", " + String.join(" ", List.of(words).subList(0, words.length - 1));
    }

    private static KeywordIndex byLetter(List<Keyword> keywords) {
        Collator german = Collator.getInstance(Locale.GERMAN);
        List<Keyword> sorted = keywords.stream()
                .sorted(Comparator.comparing(Keyword::label, german).thenComparing(Keyword::type))
                .toList();
        return new KeywordIndex(Initials.group(sorted, Keyword::label).entrySet().stream()
                .map(letter -> new Letter(letter.getKey(), letter.getValue()))
                .toList());
    }
}
