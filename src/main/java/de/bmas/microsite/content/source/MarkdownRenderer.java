package de.bmas.microsite.content.source;

import de.bmas.microsite.content.model.Event;
import de.bmas.microsite.content.model.Link;
import de.bmas.microsite.content.model.Session;
import de.bmas.microsite.content.model.SourcePosition;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.jsoup.parser.Tag;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a Markdown body to safe HTML with German typography, and reports what editors should know about it:
 * links and images to check, headings that would break the page outline, raw HTML that the sanitizer drops, and
 * Markdown that stays text as typed.
 */
@Component
class MarkdownRenderer {

    /** The rendered body with the targets it refers to. */
    record Rendered(String html, List<Link> links, List<Link> images) {
    }

    private static final int MAX_NESTING = 32;
    private static final int MAX_BLOCK_LENGTH = 10_000;
    /** jsoup needs time quadratic in the number of unclosed tags; a report needs a few at most. */
    private static final int MAX_HTML_TAGS = 200;
    /** The level of a text's highest heading: below the page's title, or below the heading a page sets above it. */
    private static final int SECTION = 2;
    private static final int SUBSECTION = 3;
    private static final Pattern HTML_TAG = Pattern.compile("<[a-zA-Z]");
    private static final Pattern OPENING_TAG = Pattern.compile("<([a-zA-Z][a-zA-Z0-9-]*)");
    private static final Rendered EMPTY = new Rendered("", List.of(), List.of());
    /** A quote marker or list marker at the start of what is left of a line. */
    private static final Pattern NESTING_MARKER = Pattern.compile("^\\s*(>|[-*+](?=\\s)|\\d{1,9}[.)](?=\\s))");

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final SafeHtml safeHtml = new SafeHtml();

    MarkdownRenderer() {
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

    /**
     * Renders the body of {@code source}, a file of the given {@code kind} ({@code Session.class} …), adding
     * warnings and errors about it to {@code problems}.
     */
    Rendered render(SourceText source, Class<?> kind, List<Problem> problems) {
        List<String> lines = source.body().lines().toList();
        Optional<Problem> unparseable = tooDeeplyNested(source, lines).or(() -> tooLongBlock(source, lines));
        if (unparseable.isPresent()) {
            problems.add(unparseable.get());
            return EMPTY;
        }
        return renderChecked(source, kind, problems);
    }

    /** The parsers recurse once per level of lists and quotes and slow down with each: thousands are a mistake. */
    private static Optional<Problem> tooDeeplyNested(SourceText source, List<String> lines) {
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
                return Optional.of(Problem.error(new SourcePosition(source.path(), source.bodyLine() + i, 1),
                        "Der Text ist zu tief verschachtelt",
                        "Listen und Zitate („>“) dürfen nur wenige Ebenen tief ineinander stehen."));
            }
        }
        return Optional.empty();
    }

    /**
     * Flexmark needs time quadratic in the length of a block for some inputs (unclosed code spans, links and
     * tags, thousands of them): bounding each block keeps rendering linear in the length of the text.
     */
    private static Optional<Problem> tooLongBlock(SourceText source, List<String> lines) {
        int blockStart = 0;
        int blockLength = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                blockLength = 0;
                continue;
            }
            blockStart = blockLength == 0 ? i : blockStart;
            // the line breaks inside the block count, the one after it does not
            blockLength += (blockLength == 0 ? 0 : 1) + line.length();
            if (blockLength > MAX_BLOCK_LENGTH) {
                return Optional.of(Problem.error(new SourcePosition(source.path(), source.bodyLine() + blockStart, 1),
                        "Der Absatz ist zu lang (mehr als " + String.format(Locale.GERMAN, "%,d", MAX_BLOCK_LENGTH)
                                + " Zeichen ohne Leerzeile)",
                        "Teilen Sie ihn mit Leerzeilen in kürzere Absätze; das liest sich auch leichter."));
            }
        }
        return Optional.empty();
    }

    private Rendered renderChecked(SourceText source, Class<?> kind, List<Problem> problems) {
        Document document = parser.parse(source.body());
        BodyPositions positions = new BodyPositions(source);
        BodyTargets targets = new BodyTargets(document, positions, problems);
        int htmlTags = 0;
        for (Node node : document.getDescendants()) {
            if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
                htmlTags += (int) HTML_TAG.matcher(node.getChars()).results().count();
                if (htmlTags > MAX_HTML_TAGS) {
                    problems.add(Problem.error(positions.of(node), "Zu viel HTML im Text (mehr als "
                                    + MAX_HTML_TAGS + " HTML-Tags)",
                            "Nutzen Sie Markdown für Hervorhebungen, Listen und Links; HTML ist nur selten nötig."));
                    return EMPTY;
                }
            }
            if (node instanceof Heading heading && heading.getLevel() == 1) {
                problems.add(Problem.error(positions.of(node), "Überschrift der Ebene 1 („# “) im Text",
                        "Der Seitentitel ist die einzige Hauptüberschrift; beginnen Sie im Text mit „## “."));
            } else if (!targets.visit(node) && (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase)
                    && !isClosingTag(node) && !keptAsWritten(node)) {
                problems.add(Problem.warning(positions.of(node), "HTML wird beim Veröffentlichen entfernt: "
                                + abbreviate(node.getChars().toString()),
                        "Erlaubt sind nur einfache Auszeichnungen ohne Skripte, Stile und Ereignis-Attribute."));
            }
        }
        HeadingLevels.fit(document, kind == Session.class || kind == Event.class ? SUBSECTION : SECTION);
        String html = safeHtml.sanitize(renderer.render(document));
        problems.addAll(LiteralMarkup.in(html, positions, source.body()));
        return new Rendered(html, targets.links(), targets.images());
    }

    /**
     * Whether the sanitizer keeps the HTML as written. Flexmark gives an inline element's opening and closing tag
     * as separate nodes; the opening tag is checked with its closing tag, as an unclosed one is never valid.
     */
    private boolean keptAsWritten(Node node) {
        String html = node.getChars().toString();
        Matcher opening = OPENING_TAG.matcher(html);
        if (node instanceof HtmlInlineBase && opening.lookingAt() && !Tag.valueOf(opening.group(1)).isEmpty()) {
            html += "</" + opening.group(1) + ">";
        }
        return safeHtml.keeps(html);
    }

    /** An inline closing tag is kept or dropped with its opening tag, which is reported instead. */
    private static boolean isClosingTag(Node node) {
        return node instanceof HtmlInlineBase && node.getChars().startsWith("</");
    }

    private static String abbreviate(String html) {
        String oneLine = html.strip().replaceAll("\\s+", " ");
        return oneLine.length() > 60 ? oneLine.substring(0, 57) + "…" : oneLine;
    }
}
