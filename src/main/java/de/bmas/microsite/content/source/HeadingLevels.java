package de.bmas.microsite.content.source;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

import java.util.ArrayList;
import java.util.List;

/**
 * Moves a text's headings so that its highest one comes right below the heading the page sets above the text:
 * editors write „## “ on every kind of page, and a session's report (under „Bericht“) or the event's (under „Der
 * Tag im Rückblick“) still has no two headings at one level that are not equals, and no level skipped at its top.
 * A text with a level-1 heading keeps its levels: the heading is an error of its own.
 */
final class HeadingLevels {

    private static final int LOWEST = 6;

    private HeadingLevels() {
    }

    static void fit(Document document, int top) {
        List<Heading> headings = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading) {
                headings.add(heading);
            }
        }
        int highest = headings.stream().mapToInt(Heading::getLevel).min().orElse(top);
        if (highest > 1) {
            headings.forEach(heading -> heading.setLevel(Math.min(LOWEST, heading.getLevel() + top - highest)));
        }
    }
}
