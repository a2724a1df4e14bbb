package de.bmas.microsite.content.source;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The only HTML that reaches a page: what the safelist allows, in a structure a browser parses back to the same
 * tree, and valid HTML.
 *
 * <p>jsoup's cleaner puts the children of an element it removes where that element stood. Where the element had
 * changed how its children were parsed, they end up where no parser would put them: {@code <p><button><table>}
 * (a button hides the paragraph from the table, which would otherwise close it) became {@code <p><table>}, and
 * MathML's {@code <mtext>} did the same for {@code <mglyph>} tricks. So foreign content (MathML, SVG) and inert
 * templates go with everything in them, the cleaned HTML is parsed again as a browser would, and what parsers
 * accept but HTML forbids is repaired ({@link HtmlStructure}).
 */
final class SafeHtml {

    private static final String RELATIVE_BASE = "https://relative.invalid/";
    /** Their content was parsed in another namespace or as an inert fragment: it means something else outside. */
    private static final String REMOVED_WITH_CONTENT = "math, svg, template";

    private final Safelist safelist = Safelist.relaxed()
            .addAttributes("h2", "id").addAttributes("h3", "id").addAttributes("h4", "id")
            .addAttributes("h5", "id").addAttributes("h6", "id")
            .addAttributes("th", "scope")
            // words in another language inside the text: <span lang="en">…</span>
            .addAttributes("span", "lang")
            // obsolete in HTML: the Nu Html Checker reports each as an error
            .removeAttributes("table", "summary", "width").removeAttributes("td", "axis", "width")
            .removeAttributes("th", "axis", "width")
            // rows that a cell spans but where none begins are errors in HTML's table model; tables need no rowspan
            .removeAttributes("td", "rowspan").removeAttributes("th", "rowspan").removeAttributes("col", "width")
            .removeAttributes("colgroup", "width").removeAttributes("img", "align").removeAttributes("ul", "type")
            .removeProtocols("a", "href", "ftp")
            .preserveRelativeLinks(true);

    /** Removes everything executable or styled, and repairs the structure. */
    String sanitize(String html) {
        Document dirty = Jsoup.parseBodyFragment(html, RELATIVE_BASE);
        dirty.select(REMOVED_WITH_CONTENT).remove();
        int elements = dirty.body().getAllElements().size();
        Document cleaned = new Cleaner(safelist).clean(dirty);
        // only an element removed with its content kept can leave that content where no parser would put it
        Document result = cleaned.body().getAllElements().size() == elements ? cleaned
                : Jsoup.parseBodyFragment(serialize(cleaned), RELATIVE_BASE);
        HtmlStructure.repair(result.body());
        return serialize(result);
    }

    /** Whether the sanitizer keeps {@code html} (a fragment) as written. */
    boolean keeps(String html) {
        return new Cleaner(safelist).isValidBodyHtml(html);
    }

    private static String serialize(Document document) {
        document.outputSettings().prettyPrint(false);
        return document.body().html();
    }
}
