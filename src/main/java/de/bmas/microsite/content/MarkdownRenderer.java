package de.bmas.microsite.content;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document.OutputSettings;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Renders a Markdown body to safe HTML with German typography, and reports what editors should know about it:
 * links and images to check, headings that would break the page outline, raw HTML that the sanitizer drops.
 */
@Component
public class MarkdownRenderer {

    /** A link or image target in the body, with its position for error messages. */
    public record Target(String url, SourcePosition position) {
    }

    /** The rendered body with the targets it refers to. */
    public record Rendered(String html, List<Target> links, List<Target> images) {
    }

    private static final String RELATIVE_BASE = "https://relative.invalid/";
    private static final int MAX_NESTING = 32;
    /** A quote marker or list marker at the start of what is left of a line. */
    private static final Pattern NESTING_MARKER = Pattern.compile("^\\s*(>|[-*+](?=\\s)|\\d{1,9}[.)](?=\\s))");

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Safelist safelist = Safelist.relaxed()
            .addAttributes("h2", "id").addAttributes("h3", "id").addAttributes("h4", "id")
            .addAttributes("h5", "id").addAttributes("h6", "id")
            .addAttributes("th", "scope")
            .removeProtocols("a", "href", "ftp")
            .preserveRelativeLinks(true);

    public MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), TypographicExtension.create(),
                        AutolinkExtension.create()))
                .set(TypographicExtension.DOUBLE_QUOTE_OPEN, "&bdquo;")
                .set(TypographicExtension.DOUBLE_QUOTE_CLOSE, "&ldquo;")
                .set(TypographicExtension.SINGLE_QUOTE_OPEN, "&sbquo;")
                .set(TypographicExtension.SINGLE_QUOTE_CLOSE, "&lsquo;")
                .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                .set(HtmlRenderer.RENDER_HEADER_ID, true)
                .set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, true)
                .set(TablesExtension.CLASS_NAME, "prose__table");
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
    }

    /** Renders the body of {@code source}, adding warnings and errors about it to {@code problems}. */
    Rendered render(SourceText source, List<Problem> problems) {
        OptionalInt tooDeep = firstTooDeeplyNestedLine(source.body());
        if (tooDeep.isPresent()) {
            // the parsers recurse once per level and slow down with each: thousands of levels are a mistake
            problems.add(Problem.error(new SourcePosition(source.path(), source.bodyLine() + tooDeep.getAsInt(), 1),
                    "Der Text ist zu tief verschachtelt",
                    "Listen und Zitate („>“) dürfen nur wenige Ebenen tief ineinander stehen."));
            return new Rendered("", List.of(), List.of());
        }
        return renderChecked(source, problems);
    }

    /** The index of the first line that opens more than {@value #MAX_NESTING} lists or quotes, if any. */
    private static OptionalInt firstTooDeeplyNestedLine(String body) {
        List<String> lines = body.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int indent = line.length() - line.stripLeading().length();
            Matcher markers = NESTING_MARKER.matcher(line);
            int depth = indent / 2;
            while (depth <= MAX_NESTING && markers.find()) {
                depth++;
                markers.region(markers.end(), line.length());
            }
            if (depth > MAX_NESTING) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    private Rendered renderChecked(SourceText source, List<Problem> problems) {
        Document document = parser.parse(source.body());
        List<Target> links = new ArrayList<>();
        List<Target> images = new ArrayList<>();
        Cleaner cleaner = new Cleaner(safelist);
        Positions positions = new Positions(source);
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading && heading.getLevel() == 1) {
                problems.add(Problem.error(positions.of(node), "Überschrift der Ebene 1 („# “) im Text",
                        "Der Seitentitel ist die einzige Hauptüberschrift; beginnen Sie im Text mit „## “."));
            } else if (node instanceof Image image) {
                images.add(new Target(image.getUrl().toString(), positions.of(node)));
                if (image.getText().isBlank()) {
                    problems.add(Problem.error(positions.of(node), "Bild ohne Alternativtext",
                            "Beschreiben Sie das Bild in den eckigen Klammern: ![Beschreibung](/bilder/datei.jpg)"));
                }
            } else if (node instanceof LinkNodeBase link) {
                links.add(new Target(link.getUrl().toString(), positions.of(node)));
            } else if ((node instanceof HtmlBlockBase || node instanceof HtmlInlineBase)
                    && !isClosingTag(node) && !cleaner.isValidBodyHtml(node.getChars().toString())) {
                problems.add(Problem.warning(positions.of(node), "HTML wird beim Veröffentlichen entfernt: "
                                + abbreviate(node.getChars().toString()),
                        "Erlaubt sind nur einfache Auszeichnungen ohne Skripte, Stile und Ereignis-Attribute."));
            }
        }
        return new Rendered(sanitize(renderer.render(document)), List.copyOf(links), List.copyOf(images));
    }

    /** Removes everything executable or styled: the only HTML that reaches a page. */
    String sanitize(String html) {
        OutputSettings settings = new OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, RELATIVE_BASE, safelist, settings);
    }

    /** An inline closing tag is kept or dropped with its opening tag, which is reported instead. */
    private static boolean isClosingTag(Node node) {
        return node instanceof HtmlInlineBase && node.getChars().startsWith("</");
    }

    /**
     * Positions of nodes in the file: the line starts of the body are found once, so a body with many links
     * costs a binary search per link, not a scan from the top, and rendering stays linear in its length.
     */
    private static final class Positions {

        private final SourceText source;
        private final int[] lineStarts;

        Positions(SourceText source) {
            this.source = source;
            String body = source.body();
            this.lineStarts = IntStream.concat(IntStream.of(0),
                    IntStream.range(0, body.length()).filter(i -> body.charAt(i) == '\n').map(i -> i + 1)).toArray();
        }

        SourcePosition of(Node node) {
            int offset = Math.min(node.getStartOffset(), source.body().length());
            int line = Arrays.binarySearch(lineStarts, offset);
            line = line >= 0 ? line : -line - 2;
            return new SourcePosition(source.path(), source.bodyLine() + line, offset - lineStarts[line] + 1);
        }
    }

    private static String abbreviate(String html) {
        String oneLine = html.strip().replaceAll("\\s+", " ");
        return oneLine.length() > 60 ? oneLine.substring(0, 57) + "…" : oneLine;
    }
}
