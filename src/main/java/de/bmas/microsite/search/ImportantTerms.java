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
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private static final String SENTENCE_ENDS = ".!?:";
    /** Of the genitive and the dative plural, longest first („-es“ before „-s“). */
    private static final List<String> CASE_ENDINGS = List.of("es", "en", "s", "n");
    private static final String OPENERS = "„“\"(";
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
        List<Keyword> keywords = new ArrayList<>();
        terms.terms.forEach((key, term) -> {
            boolean named = term.pages.containsValue(TITLE);
            if (term.noun && !term.lowerCase && !names.contains(key) && !term.pages.isEmpty()
                    && term.pages.size() <= MAX_PAGES && term.mentions <= (named ? titleLimit : teaserLimit)
                    && term.spellings.keySet().stream().noneMatch(EVERYDAY::contains)) {
                keywords.add(new Keyword(spelling(term), Type.TERM, links(term)));
            }
        });
        return keywords;
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
        String spelling = term.spellings.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.comparing(String::length).reversed())))
                .orElseThrow().getKey();
        return CASE_ENDINGS.stream().filter(spelling::endsWith)
                .map(ending -> spelling.substring(0, spelling.length() - ending.length()))
                .filter(term.written::contains)
                .findFirst().orElse(spelling);
    }

    private void read(SearchDocument document, String text, int weight) {
        List<Token> tokens = words(text);
        for (int first = 0; first < tokens.size(); ) {
            int last = first;
            while (last + 1 < tokens.size() && joined(text, tokens.get(last), tokens.get(last + 1))) {
                last++;
            }
            add(document, text, tokens.subList(first, last + 1), weight);
            first = last + 1;
        }
    }

    /** "Job-Turbo" by a hyphen, "MY TURN" as abbreviations in a row: one term. */
    private static boolean joined(String text, Token left, Token right) {
        if (right.start() - left.end() != 1) {
            return false;
        }
        char between = text.charAt(left.end());
        return between == '-' || (between == ' ' && abbreviation(text, left.start(), left.end())
                && abbreviation(text, right.start(), right.end()));
    }

    /**
     * Whether {@code text} from {@code start} to {@code end} is an abbreviation: two to six capitals. Checked per
     * character, as are the others, for every word of every text: regular expressions cost a tenth of the index.
     */
    private static boolean abbreviation(String text, int start, int end) {
        int length = end - start;
        if (length < 2 || length > 6) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (!Character.isUpperCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the word is written as a noun, a name or an abbreviation: a capital, then letters or digits. */
    private static boolean capitalised(String text, int start, int end) {
        if (!Character.isUpperCase(text.codePointAt(start))) {
            return false;
        }
        for (int i = start + Character.charCount(text.codePointAt(start)); i < end; ) {
            int c = text.codePointAt(i);
            if (!Character.isLetterOrDigit(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** One word, or several joined by hyphens. */
    private void add(SearchDocument document, String text, List<Token> parts, int weight) {
        int start = parts.get(0).start();
        int end = parts.get(parts.size() - 1).end();
        Term term = terms.computeIfAbsent(parts.size() == 1 ? parts.get(0).key()
                : parts.stream().map(Token::key).collect(Collectors.joining("-")), key -> new Term());
        if (Character.isLowerCase(text.codePointAt(start))) {
            term.lowerCase = true;
            return;
        }
        boolean capitalised = parts.stream().allMatch(part -> capitalised(text, part.start(), part.end()));
        boolean longEnough = text.codePointCount(start, end) >= MIN_LETTERS || abbreviation(text, start, end);
        if (capitalised && longEnough) {
            String word = text.substring(start, end);
            term.noun |= weight == TITLE || !startsSentence(text, parts.get(0).start());
            if (term.mentionedLast != document) {
                term.mentionedLast = document;
                term.mentions++;
            }
            term.written.add(word);
            if (weight > BODY) {
                term.spellings.merge(word, 1, Integer::sum);
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

    /** At the start of the text or after a full stop, so written with a capital whatever its kind. */
    private static boolean startsSentence(String text, int start) {
        int i = start - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || OPENERS.indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i < 0 || SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0;
    }
}
