package de.bmas.microsite.search;

import de.bmas.microsite.search.SearchDocument.Kind;
import de.bmas.microsite.site.Initials;
import org.apache.lucene.analysis.Analyzer;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The data of the A–Z index ({@code /stichwoerter}): important terms, people, topics, info stands and pages, each
 * with the pages it leads to, grouped by initial letter in German order (Ä under A). Works where search cannot,
 * in the static export.
 */
public record KeywordIndex(List<Letter> letters) {

    public KeywordIndex {
        letters = List.copyOf(letters);
    }

    /**
     * This index without the terms the editors hid, named as the index shows them, in any case: a term is found by
     * rules that cannot know every text ("Power" in a motto), and the editors know what their readers look up.
     * People, topics, stands and pages stay: they are the site's own pages.
     */
    public KeywordIndex without(List<String> hiddenTerms) {
        Set<String> hidden = hiddenTerms.stream().map(KeywordIndex::key).collect(Collectors.toSet());
        return new KeywordIndex(letters.stream()
                .map(letter -> new Letter(letter.letter(), letter.keywords().stream()
                        .filter(keyword -> !hides(hidden, keyword))
                        .toList()))
                .filter(letter -> !letter.keywords().isEmpty())
                .toList());
    }

    /** Whether {@link #without} would hide an entry for {@code hiddenTerm}. */
    boolean hasTerm(String hiddenTerm) {
        Set<String> hidden = Set.of(key(hiddenTerm));
        return letters.stream().flatMap(letter -> letter.keywords().stream())
                .anyMatch(keyword -> hides(hidden, keyword));
    }

    /** The one rule of both: a term, named in any case. */
    private static boolean hides(Set<String> hidden, Keyword keyword) {
        return keyword.type() == Type.TERM && hidden.contains(key(keyword.label()));
    }

    private static String key(String term) {
        return term.strip().toLowerCase(Locale.GERMAN);
    }

    /** One initial and its entries in alphabetical order. */
    public record Letter(String letter, List<Keyword> keywords) implements Initials.Section {
        public Letter {
            keywords = List.copyOf(keywords);
        }
    }

    /** An entry: a person as "Özdemir, Cem", a topic, stand or page by its title, a term as most often written. */
    public record Keyword(String label, Type type, List<Link> links) {
        public Keyword {
            links = List.copyOf(links);
        }

        /** One name's entry, reached from two of its words: the pages of both. */
        Keyword withLinksOf(Keyword other) {
            return new Keyword(label, type, Stream.of(links, other.links).flatMap(List::stream).distinct().toList());
        }
    }

    public record Link(Kind kind, String title, String route, String titleLanguage) {
        static Link to(SearchDocument document) {
            return new Link(document.kind(), document.title(), document.route(), document.titleLanguage());
        }
    }

    public enum Type {
        TERM("Begriff"), PERSON("Person"), TOPIC("Thema"), STAND("Infostand"), PAGE("Seite");

        private final String label;

        Type(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Every document but a session is an entry of its own: sessions are many, and the terms lead to them. */
    static final Map<Kind, Type> OWN_ENTRIES = Map.of(Kind.PERSON, Type.PERSON, Kind.TOPIC, Type.TOPIC,
            Kind.STAND, Type.STAND, Kind.PAGE, Type.PAGE);
    private static final Pattern WORD_BREAKS = Pattern.compile("[\\s\\-–]+");

    static KeywordIndex of(List<SearchDocument> documents, Analyzer analysis) {
        List<Keyword> named = documents.stream().filter(document -> OWN_ENTRIES.containsKey(document.kind()))
                .map(document -> new Keyword(document.kind() == Kind.PERSON ? surnameFirst(document.title())
                        : document.title(), OWN_ENTRIES.get(document.kind()), List.of(Link.to(document))))
                .toList();
        List<Keyword> terms = ImportantTerms.of(documents, analysis);
        return byLetter(Stream.of(named, terms, laterNouns(documents)).flatMap(List::stream).toList());
    }

    /**
     * The nouns of a topic's title after its first word, each filed under its own initial and leading to the topic:
     * "Aus- und Weiterbildung" is found under W too. (A name's words are no terms, so they have no entry else.)
     */
    private static List<Keyword> laterNouns(List<SearchDocument> documents) {
        Map<String, List<Link>> topicsByNoun = new LinkedHashMap<>();
        for (SearchDocument topic : documents) {
            // as for the terms: no words of a title in another language, and no everyday nouns
            if (topic.kind() != Kind.TOPIC || topic.titleLanguage() != null) {
                continue;
            }
            Stream.of(topic.title().strip().split("\\s+")).skip(1)
                    .map(word -> word.replaceAll("^\\P{L}+|\\P{L}+$", ""))
                    .filter(word -> word.length() >= ImportantTerms.MIN_LETTERS
                            && Character.isUpperCase(word.codePointAt(0)) && !ImportantTerms.EVERYDAY.contains(word))
                    .forEach(noun -> topicsByNoun.computeIfAbsent(noun, any -> new ArrayList<>()).add(Link.to(topic)));
        }
        return topicsByNoun.entrySet().stream()
                .map(noun -> new Keyword(noun.getKey(), Type.TERM, noun.getValue()))
                .toList();
    }

    /**
     * German order word by word (DIN 5007): a word ends before any letter that could follow it, so „Aus- und
     * Weiterbildung“ comes before „Ausland“ and „Datenschutz-Grundverordnung“ before „Datenschutzerklärung“. The
     * JDK's German collator alone ignores blanks and hyphens and reads them as one word.
     */
    static Comparator<String> wordByWord() {
        Collator german = Collator.getInstance(Locale.GERMAN);
        return (one, other) -> {
            String[] ones = WORD_BREAKS.split(one.strip());
            String[] others = WORD_BREAKS.split(other.strip());
            for (int i = 0; i < Math.min(ones.length, others.length); i++) {
                int order = german.compare(ones[i], others[i]);
                if (order != 0) {
                    return order;
                }
            }
            return ones.length != others.length ? Integer.compare(ones.length, others.length)
                    : german.compare(one, other);
        };
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
        List<Keyword> sorted = keywords.stream()
                .sorted(Comparator.comparing(Keyword::label, wordByWord()).thenComparing(Keyword::type))
                .toList();
        return new KeywordIndex(Initials.group(sorted, Keyword::label).entrySet().stream()
                .map(letter -> new Letter(letter.getKey(), letter.getValue()))
                .toList());
    }
}
