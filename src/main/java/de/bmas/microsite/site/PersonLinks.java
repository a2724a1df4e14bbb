package de.bmas.microsite.site;

import de.bmas.microsite.Parallel;
import de.bmas.microsite.content.model.Doc;
import de.bmas.microsite.content.model.Person;
import de.bmas.microsite.content.model.Snapshot;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Links a known person's full name in the editors' Markdown text to the person's page, once per snapshot, on the
 * sanitized HTML of each file.
 * <p>
 * Only the first mention in each text is linked, as style guides for the web advise: a name linked in every
 * sentence makes a paragraph hard to read and adds a tab stop and a screen reader's link list entry per mention,
 * all to the same place. The link text is the full name, which says where it leads (WCAG 2.4.4), and the same
 * person is always linked with the same text (3.2.4). Text inside links, headings and code is left as written, a
 * person already linked by the editor counts as mentioned, a person's own page does not link to itself, and a name
 * that several people share is not linked, as it cannot be told whom it means.
 */
final class PersonLinks {

    private static final Pattern FIRST_WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> LEFT_AS_WRITTEN = Set.of("a", "h1", "h2", "h3", "h4", "h5", "h6", "code",
            "pre");

    /** A name that may start at a word: its person's page and the pattern of the whole name. */
    private record Name(String route, String name, Pattern pattern) {
    }

    /** The names by their first word, longest first, so "Dr. Anna Beispiel" wins over "Dr. Anna". */
    private final Map<String, List<Name>> namesByFirstWord;

    private PersonLinks(List<Doc<Person>> people) {
        Map<String, List<Doc<Person>>> byName = people.stream()
                .collect(Collectors.groupingBy(person -> normalize(person.meta().name())));
        namesByFirstWord = byName.values().stream()
                .filter(named -> named.size() == 1)
                .map(named -> named.get(0))
                .map(person -> new Name(Routes.person(person.slug()), normalize(person.meta().name()),
                        pattern(person.meta().name())))
                .collect(Collectors.groupingBy(name -> firstWord(name.name()), Collectors.collectingAndThen(
                        Collectors.toList(), names -> names.stream()
                                .sorted(Comparator.comparingInt((Name name) -> name.name().length()).reversed())
                                .toList())));
    }

    /** The snapshot with the first mention of each person linked in every Markdown text, the texts on all cores. */
    static Snapshot addTo(Snapshot snapshot) {
        if (snapshot.people().isEmpty()) {
            return snapshot;
        }
        PersonLinks links = new PersonLinks(snapshot.people());
        List<Doc<?>> docs = snapshot.docs().toList();
        List<String> linked = Parallel.map(docs, links::link);
        Map<Doc<?>, String> byDoc = new IdentityHashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            byDoc.put(docs.get(i), linked.get(i));
        }
        return snapshot.withHtml(byDoc::get);
    }

    private String link(Doc<?> doc) {
        String html = doc.html();
        if (html == null || html.isEmpty() || !mayMention(html)) {
            return html;
        }
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        Set<String> linked = new HashSet<>();
        if (doc.meta() instanceof Person) {
            linked.add(Routes.person(doc.slug()));
        }
        document.select("a[href]").forEach(anchor -> linked.add(anchor.attr("href")));
        boolean changed = false;
        for (TextNode text : linkableText(document.body())) {
            changed |= link(text, linked);
        }
        return changed ? document.body().html() : html;
    }

    /** Whether a first word of any name occurs in {@code html} at all: most texts name nobody and stay as they are. */
    private boolean mayMention(String html) {
        Matcher words = FIRST_WORD.matcher(html);
        while (words.find()) {
            if (namesByFirstWord.containsKey(words.group())) {
                return true;
            }
        }
        return false;
    }

    private static List<TextNode> linkableText(Element body) {
        List<TextNode> texts = new ArrayList<>();
        NodeTraversor.traverse((Node node, int depth) -> {
            if (node instanceof TextNode text && !text.isBlank() && !insideLeftAsWritten(text)) {
                texts.add(text);
            }
        }, body);
        return texts;
    }

    private static boolean insideLeftAsWritten(Node node) {
        for (Element parent = (Element) node.parent(); parent != null; parent = parent.parent()) {
            if (LEFT_AS_WRITTEN.contains(parent.normalName())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Links the first mention of each person not yet in {@code linked} within {@code text}, splitting it around
     * each link; the rest after a link is searched on.
     */
    private boolean link(TextNode text, Set<String> linked) {
        boolean changed = false;
        TextNode rest = text;
        Match match;
        while ((match = firstMention(rest.getWholeText(), linked)) != null) {
            TextNode mention = rest.splitText(match.start());
            rest = mention.splitText(match.end() - match.start());
            Element anchor = new Element("a").attr("href", match.route());
            mention.replaceWith(anchor);
            anchor.appendChild(mention);
            linked.add(match.route());
            changed = true;
        }
        return changed;
    }

    private record Match(String route, int start, int end) {
    }

    private Match firstMention(String text, Set<String> linked) {
        Matcher words = FIRST_WORD.matcher(text);
        while (words.find()) {
            if (words.start() > 0 && text.charAt(words.start() - 1) == '-') {
                continue; // the second part of a double name ("Hanna-Anna Beispiel") is not a name of its own
            }
            for (Name name : namesByFirstWord.getOrDefault(words.group(), List.of())) {
                if (linked.contains(name.route())) {
                    continue;
                }
                Matcher whole = name.pattern().matcher(text).region(words.start(), text.length());
                if (whole.useTransparentBounds(true).lookingAt()) {
                    return new Match(name.route(), whole.start(), whole.end());
                }
            }
        }
        return null;
    }

    /** The name word by word, any white space between the words, and no letter or digit right after it. */
    private static Pattern pattern(String name) {
        List<String> words = List.of(SPACES.split(normalize(name)));
        return Pattern.compile(words.stream().map(Pattern::quote).collect(Collectors.joining("[\\s\\u00a0]+"))
                + "(?![\\p{L}\\p{N}])");
    }

    private static String firstWord(String name) {
        Matcher word = FIRST_WORD.matcher(name);
        return word.find() ? word.group() : name;
    }

    private static String normalize(String name) {
        return SPACES.matcher(name.strip()).replaceAll(" ");
    }
}
