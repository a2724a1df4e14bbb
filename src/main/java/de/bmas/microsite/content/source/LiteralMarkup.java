package de.bmas.microsite.content.source;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown that did not become what it looks like and would stand on the page as typed: a link or image with a
 * blank between „]“ and „(“, a blank in its address or without its closing bracket, a heading without the blank
 * after „#“. Found in the rendered text outside code, where Markdown that worked has left no brackets.
 */
final class LiteralMarkup {

    /** „[Text] (/adresse“: what follows the round bracket is an address, not words („[sic] (so im Original)“). */
    private static final Pattern LINK = Pattern.compile(
            "!?\\[[^\\]\\n]{0,200}]\\s*\\((?=\\s*(?:[/#]|https?:|www\\.|mailto:|tel:|[^\\s()]+\\.[a-z]{2,4}[)\\s]))");
    private static final Pattern HEADING = Pattern.compile("#{1,6}\\p{L}[^\\n]{0,100}");
    private static final String LINK_HINT = "Schreiben Sie einen Link als [Text](/adresse) und ein Bild als "
            + "![Beschreibung](/bilder/datei.jpg): ohne Leerzeichen zwischen „]“ und „(“ und in der Adresse, mit "
            + "der schließenden Klammer „)“.";

    private LiteralMarkup() {
    }

    /** Warnings for the Markdown in {@code html}, the rendering of {@code positions}' body, shown as typed. */
    static List<Problem> in(String html, BodyPositions positions, String body) {
        List<Problem> problems = new ArrayList<>();
        // a text without „]“ has no link left as typed, however many blanks stand before its „(“
        if (html.indexOf(']') < 0 && !html.contains("<p>#")) {
            return problems;
        }
        Element rendered = Jsoup.parseBodyFragment(html).body();
        // the text comes in the order of the file: each is looked for after the one before, in linear time
        int[] from = {0};
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text && text.parent() != null && text.parent().closest("code, pre") == null) {
                Matcher link = LINK.matcher(text.getWholeText());
                while (link.find()) {
                    int at = body.indexOf(link.group(), from[0]);
                    from[0] = at < 0 ? from[0] : at + 1;
                    problems.add(Problem.warning(positions.at(at < 0 ? from[0] : at),
                            "Link oder Bild wird als Text angezeigt: „" + link.group() + "…“", LINK_HINT));
                }
            }
        }, rendered);
        from[0] = 0;
        for (Element paragraph : rendered.select("p")) {
            String heading = paragraph.text();
            int at = HEADING.matcher(heading).matches() ? body.indexOf(heading, from[0]) : -1;
            if (at >= 0) {
                from[0] = at + 1;
                problems.add(Problem.warning(positions.at(at),
                        "Überschrift wird als Text angezeigt: „" + heading + "“",
                        "Nach den Rautezeichen gehört ein Leerzeichen, z. B. „## " + heading.replaceFirst("^#+", "")
                                + "“."));
            }
        }
        return problems;
    }
}
