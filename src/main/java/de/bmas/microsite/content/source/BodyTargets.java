package de.bmas.microsite.content.source;

import de.bmas.microsite.content.model.ContentImage;
import de.bmas.microsite.content.model.Link;
import de.bmas.microsite.content.model.SourcePosition;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a Markdown body links to and which images it shows, each with its position: Markdown links, autolinks,
 * reference definitions and raw HTML {@code <a href>}; Markdown images, inline and by reference. Reports on the way
 * what the site refuses: links with a scheme other than the web's, images without alternative text, and images
 * written as HTML.
 *
 * <p>Raw {@code <img>} is refused rather than checked like a Markdown image: one way to write an image means one
 * rule in the guide, and the Markdown form always carries its description where editors see it. HTML would add
 * nothing the site needs ({@code srcset}, {@code width}) and is the only way raw HTML could load anything at all.
 */
final class BodyTargets {

    /** The image address the hints show editors. */
    private static final String EXAMPLE_IMAGE = ContentImage.ROUTE_PREFIX + "datei.jpg";

    private final Document document;
    private final BodyPositions positions;
    private final List<Problem> problems;
    private final List<Link> links = new ArrayList<>();
    private final List<Link> images = new ArrayList<>();

    BodyTargets(Document document, BodyPositions positions, List<Problem> problems) {
        this.document = document;
        this.positions = positions;
        this.problems = problems;
    }

    /**
     * Takes the links and images of {@code node}; true if it was a link or image, or raw HTML with a link or image
     * that is refused (which is reported here, so it needs no other warning).
     */
    boolean visit(Node node) {
        if (node instanceof Image image) {
            image(image.getUrl().toString(), image.getText().isBlank(), node);
        } else if (node instanceof ImageRef image) {
            Reference definition = image.getReferenceNode(document);
            if (definition != null) {
                image(definition.getUrl().toString(), image.getText().isBlank(), node);
            }
        } else if (node instanceof MailLink mail) {
            // flexmark keeps an e-mail autolink's address as its text and leaves its URL empty
            String address = "mailto:" + Escaping.unescapeString(mail.getText().toString());
            link(address, address, positions.of(node));
        } else if (node instanceof LinkNodeBase link) {
            link(link.getUrl().toString(), Escaping.unescapeString(link.getUrl().toString()), positions.of(node));
        } else if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
            return rawHtml(node);
        } else {
            return false;
        }
        return true;
    }

    List<Link> links() {
        return List.copyOf(links);
    }

    List<Link> images() {
        return List.copyOf(images);
    }

    private void image(String url, boolean withoutDescription, Node node) {
        images.add(new Link(url, positions.of(node)));
        if (withoutDescription) {
            problems.add(Problem.error(positions.of(node), "Bild ohne Alternativtext",
                    "Beschreiben Sie das Bild in den eckigen Klammern: ![Beschreibung](" + EXAMPLE_IMAGE + ")"));
        }
    }

    /** Returns whether the link was refused. */
    private boolean link(String url, String decoded, SourcePosition at) {
        links.add(new Link(url, at));
        Optional<Problem> refused = OwnComputer.check("Der Link", decoded, at)
                .or(() -> LinkSchemes.check(decoded, at)).or(() -> WebAddresses.normalize(decoded)
                .isPresent() ? Optional.empty() : Optional.of(Problem.error(at, "Der Link „" + decoded
                        + "“ ist keine gültige Adresse", "Prüfen Sie sie auf Tippfehler; am sichersten kopieren Sie "
                        + "sie aus der Adresszeile des Browsers.")));
        refused.ifPresent(problems::add);
        return refused.isPresent();
    }

    private boolean rawHtml(Node node) {
        org.jsoup.nodes.Document html = Jsoup.parse(node.getChars().toString(), "",
                Parser.htmlParser().setTrackPosition(true));
        boolean refused = false;
        // the parser reopens a link after a block with a copy of it: each address once per piece of HTML
        Set<String> seen = new HashSet<>();
        for (Element element : html.select("a[href], img")) {
            if (element.normalName().equals("a") && !seen.add(element.attr("href"))) {
                continue;
            }
            SourcePosition at = positions.at(node.getStartOffset() + Math.max(0, element.sourceRange().startPos()));
            if (element.normalName().equals("img")) {
                problems.add(Problem.error(at, "Bild als HTML („<img>“)",
                        "Binden Sie Bilder mit Markdown ein: ![Beschreibung](" + EXAMPLE_IMAGE + "). Nur so wird "
                                + "geprüft, dass es das Bild gibt und dass es einen Alternativtext hat."));
                refused = true;
            } else {
                // jsoup has decoded the attribute's entities already
                refused |= link(element.attr("href"), element.attr("href"), at);
            }
        }
        return refused;
    }
}
