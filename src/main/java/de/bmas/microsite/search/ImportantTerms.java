package de.bmas.microsite.search;

import de.bmas.microsite.search.KeywordIndex.Keyword;
import de.bmas.microsite.search.KeywordIndex.Link;
import de.bmas.microsite.search.KeywordIndex.Type;
import de.bmas.microsite.search.SearchDocument.Kind;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The terms worth an entry in the A–Z index. A term is important when it is
 * <ul>
 *     <li>a noun, a name or an abbreviation: written with a capital letter in a title or elsewhere than at the
 *     start of a sentence, and never in lower case ("Zuwanderung", "KI"; not "digitale"), with at least four
 *     letters unless it is an abbreviation; words joined by hyphens count as one ("Job-Turbo");</li>
 *     <li>what a page is about, not just mentioned there: in the page's title or teaser, which editors write to
 *     say what the page is about;</li>
 *     <li>specific: mentioned at all on at most a quarter of the pages; on at most a third if in a title, as titles
 *     name things ("Job-Turbo"); and no everyday noun ({@code everyday-nouns.txt}: "am Abend", "mit Blick auf",
 *     "im Mittelpunkt"), which a site this small uses on too few pages for the share to tell;</li>
 *     <li>leading to at most {@value #MAX_PAGES} pages: a term on nearly every page ("Fachkräfte" in a report on
 *     skilled workers) leads nowhere; the search does that better.</li>
 * </ul>
 * People, topics, stands and pages have entries of their own, so their titles are no terms, nor the words of a
 * person's or topic's name. Inflected forms are one term (the
 * index's own stemming), written as most often in titles and teasers, without a case ending if the texts have that
 * form: not simply the shortest form, as the light stemming also joins different words ("Botschafter",
 * "Botschaft").
 */
final class ImportantTerms {

    static final int MAX_PAGES = 10;
    /** Words that say nothing on their own, however a teaser uses them. */
    static final Set<String> EVERYDAY = Set.copyOf(WordList.read("everyday-nouns.txt"));
    /** Shorter words ("Tag"), unless abbreviations, are no entries: neither terms nor a topic title's nouns. */
    static final int MIN_LETTERS = 4;
    private static final int TITLE = 2;
    private static final int TEASER = 1;
    private static final int BODY = 0;

    private final Analyzer analysis;
    private final Map<String, Term> terms = new HashMap<>();

    private static final class Term {
        /** How often each spelling stands in titles and teasers, and every spelling of the texts. */
        private final Map<String, Integer> spellings = new HashMap<>();
        private final Set<String> written = new HashSet<>();
        private final Map<SearchDocument, Integer> pages = new LinkedHashMap<>();
        private final Neighbours neighbours = new Neighbours();
        /** Documents are read one after the other: a term counts a mention when the last was another one. */
        private SearchDocument mentionedLast;
        private int mentions;
        private boolean noun;
        private boolean lowerCase;
    }

    private record Token(String key, int start, int end) {
    }

    private ImportantTerms(Analyzer analysis) {
        this.analysis = analysis;
    }

    static List<Keyword> of(List<SearchDocument> documents, Analyzer analysis) {
        ImportantTerms terms = new ImportantTerms(analysis);
        Set<String> names = new HashSet<>();
        int pages = 0;
        for (SearchDocument document : documents) {
            if (KeywordIndex.OWN_ENTRIES.containsKey(document.kind())) {
                names.add(terms.words(document.title()).stream().map(Token::key).collect(Collectors.joining(" ")));
            }
            if (document.kind() == Kind.PERSON || document.kind() == Kind.TOPIC) {
                // a person's or a topic's title is a name: its words are found under it ("Özdemir", "Zuwanderung")
                terms.words(document.title()).forEach(token -> names.add(token.key()));
            }
            if (document.kind() != Kind.PERSON) {
                pages++;
                // words in another language ("Skilled Labour: From India to Germany") are no German terms; the
                // search finds them, and their pages are listed under the German terms they share
                if (document.titleLanguage() == null) {
                    terms.read(document, document.title(), TITLE);
                }
                if (document.language() == null) {
                    terms.read(document, document.teaser(), TEASER);
                    terms.read(document, document.body(), BODY);
                }
            }
        }
        int teaserLimit = pages / 4;
        int titleLimit = pages / 3;
        Map<String, Keyword> keywords = new LinkedHashMap<>();
        terms.terms.forEach((key, term) -> {
            boolean named = term.pages.containsValue(TITLE);
            if (term.noun && !term.lowerCase && !names.contains(key) && !term.pages.isEmpty()
                    && term.pages.size() <= MAX_PAGES && term.mentions <= (named ? titleLimit : teaserLimit)
                    && term.spellings.keySet().stream().noneMatch(EVERYDAY::contains)) {
                Optional<Neighbours.Name> name = term.neighbours.name(key, names, terms::noun, terms::written);
                // a name's words lead to the name's entry, once; a name with an entry of its own needs no other
                if (name.isEmpty()) {
                    keywords.put(key, new Keyword(spelling(term), Type.TERM, links(term)));
                } else if (!names.contains(name.get().key())) {
                    keywords.merge(name.get().key(), new Keyword(name.get().label(), Type.TERM, links(term)),
                            Keyword::withLinksOf);
                }
            }
        });
        return List.copyOf(keywords.values());
    }

    /** Whether the texts write the word as a noun or a name: with a capital, not only at sentence starts. */
    private boolean noun(String key) {
        Term term = terms.get(key);
        return term != null && term.noun && !term.lowerCase;
    }

    /** Every spelling of the texts with this key. */
    private Set<String> written(String key) {
        Term term = terms.get(key);
        return term == null ? Set.of() : term.written;
    }

    private static List<Link> links(Term term) {
        return term.pages.entrySet().stream()
                .sorted(Map.Entry.<SearchDocument, Integer>comparingByValue().reversed())
                .map(page -> Link.to(page.getKey()))
                .toList();
    }

    /**
     * The spelling most often in titles and teasers, without its case ending where the texts have that form too:
     * „Fachkräftepreis“, though the teasers only have „des Deutschen Fachkräftepreises“.
     */
    private static String spelling(Term term) {
        String spelling = Capitals.mostOften(term.spellings);
        return Capitals.uninflected(spelling, term.written).orElse(spelling);
    }

    private void read(SearchDocument document, String text, int weight) {
        List<Token> tokens = new ArrayList<>();
        for (Token token : words(text)) {
            // a compound's parts stand where the compound does: the index's words, not the reader's
            if (tokens.isEmpty() || token.start() >= tokens.get(tokens.size() - 1).end()) {
                tokens.add(token);
            }
        }
        List<TextWord> words = new ArrayList<>();
        for (int first = 0; first < tokens.size(); ) {
            int last = first;
            while (last + 1 < tokens.size() && joined(text, tokens.get(last), tokens.get(last + 1))) {
                last++;
            }
            words.add(word(text, tokens, first, last));
            first = last + 1;
        }
        for (int i = 0; i < words.size(); i++) {
            TextWord before = i > 0 && words.get(i - 1).nameBefore(text, words.get(i)) ? words.get(i - 1) : null;
            TextWord after = i + 1 < words.size() && words.get(i).nameBefore(text, words.get(i + 1)) ? words.get(i + 1)
                    : null;
            add(document, text, words.get(i), before, after, weight);
        }
    }

    /** The tokens from {@code first} to {@code last} as one word; in loops, as it runs for every word of the texts. */
    private static TextWord word(String text, List<Token> tokens, int first, int last) {
        Token token = tokens.get(first);
        String key = token.key();
        boolean capitalised = Capitals.capitalised(text, token.start(), token.end());
        for (int i = first + 1; i <= last; i++) {
            Token part = tokens.get(i);
            key = key + "-" + part.key();
            capitalised &= Capitals.capitalised(text, part.start(), part.end());
        }
        return new TextWord(key, token.start(), tokens.get(last).end(), capitalised);
    }

    /** "Job-Turbo" by a hyphen, "MY TURN" as abbreviations in a row: one term. */
    private static boolean joined(String text, Token left, Token right) {
        if (right.start() - left.end() != 1) {
            return false;
        }
        char between = text.charAt(left.end());
        return between == '-' || (between == ' ' && Capitals.abbreviation(text, left.start(), left.end())
                && Capitals.abbreviation(text, right.start(), right.end()));
    }

    /** A word, or several joined by hyphens, and the capitalised words right before and after it, if any. */
    private void add(SearchDocument document, String text, TextWord word, TextWord before, TextWord after,
                     int weight) {
        Term term = terms.computeIfAbsent(word.key(), key -> new Term());
        if (Character.isLowerCase(text.codePointAt(word.start()))) {
            term.lowerCase = true;
            return;
        }
        boolean longEnough = text.codePointCount(word.start(), word.end()) >= MIN_LETTERS
                || Capitals.abbreviation(text, word.start(), word.end());
        if (word.capitalised() && longEnough) {
            String written = text.substring(word.start(), word.end());
            term.noun |= weight == TITLE || !Capitals.startsSentence(text, word.start());
            if (term.mentionedLast != document) {
                term.mentionedLast = document;
                term.mentions++;
            }
            term.written.add(written);
            term.neighbours.saw(text, word, before, after);
            if (weight > BODY) {
                term.spellings.merge(written, 1, Integer::sum);
                term.pages.merge(document, weight, Math::max);
            }
        }
    }

    private List<Token> words(String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analysis.tokenStream(SearchField.BODY.key(), text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading from a string cannot fail", e);
        }
        return tokens;
    }
}
