package de.bmas.microsite.search;

import de.bmas.microsite.search.SearchDocument.Kind;
import de.bmas.microsite.search.SearchOutcome.Found;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Snippets go into pages unescaped, so they must be safe whatever the content says: text escaped, markup only
 * {@code <mark>}, no characters HTML forbids.
 */
class SnippetSafetyTest {

    /** Short enough to be one snippet. */
    private static final String MARKUP = "<script>alert('x')</script> & \"Zitat\" Zuwanderung </mark><mark "
            + "onclick=x> <!-- &lt;b&gt;";
    /**
     * After the match, so that the snippet holds every one of them; NUL last, as Lucene's highlighter ends a passage
     * there (its separator of a field's values).
     */
    private static final String FORBIDDEN = "Einwanderung\u0008 war\u000B\u001B\u001F ein\u007F\u0085 \uD800 Thema "
            + "\uDFFF der \uFFFE Tagung \uDBFF\uDFFF 😀.\u0000";

    /** Every element and comment of a snippet other than the marks it may contain. */
    static List<String> markup(String snippet) {
        Document document = Jsoup.parseBodyFragment(snippet);
        return document.body().getAllElements().stream().skip(1)
                .filter(element -> !element.tagName().equals("mark") || element.attributesSize() > 0)
                .map(Element::outerHtml)
                .toList();
    }

    @Test
    void markupInTheTextIsEscapedAndOnlyMatchesAreMarked() {
        String snippet = snippet(MARKUP, "Zuwanderung");

        assertThat(markup(snippet)).isEmpty();
        assertThat(snippet).isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Zitat&quot; "
                + "<mark>Zuwanderung</mark> &lt;/mark&gt;&lt;mark onclick=x&gt; &lt;!-- &amp;lt;b&amp;gt;");
    }

    @Test
    void charactersHtmlForbidsAreReplaced() {
        String snippet = snippet(FORBIDDEN, "Einwanderung");

        // control characters as blanks; unpaired surrogates and noncharacters (U+FFFE, U+10FFFF) as U+FFFD
        assertThat(snippet).isEqualTo("<mark>Einwanderung</mark>  war    ein   \uFFFD Thema \uFFFD der \uFFFD "
                + "Tagung \uFFFD 😀. …");
        assertThat(snippet.codePoints()).noneMatch(SnippetSafetyTest::forbiddenInHtml);
        assertThat(markup(snippet)).isEmpty();
    }

    @Test
    void theTextAroundAMatchReadsAsInTheDocument() {
        String snippet = snippet("Fish & Chips <gab> es \"nicht\", aber Zuwanderung war 'Thema'.", "Zuwanderung");

        assertThat(Jsoup.parseBodyFragment(snippet).text())
                .isEqualTo("Fish & Chips <gab> es \"nicht\", aber Zuwanderung war 'Thema'.");
    }

    private static String snippet(String text, String query) {
        SearchIndex index = SearchIndex.of(List.of(
                new SearchDocument(Kind.PAGE, "/text", "Text", "", text, List.of(), List.of())));
        return ((Found) index.search(query, 1)).hits().get(0).snippet();
    }

    /** Control characters but tab, line feed, form feed and carriage return; unpaired surrogates; noncharacters. */
    private static boolean forbiddenInHtml(int codePoint) {
        return (Character.isISOControl(codePoint) && "\t\n\f\r".indexOf(codePoint) < 0)
                || Character.getType(codePoint) == Character.SURROGATE
                || (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
    }
}
