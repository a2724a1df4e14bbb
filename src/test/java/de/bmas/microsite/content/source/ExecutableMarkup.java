package de.bmas.microsite.content.source;

import de.bmas.microsite.site.Routes;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The judge of the security property tests: finds what a browser would run in HTML, by parsing it as a browser
 * would, so that no test has to guess at the spelling of an attack.
 */
final class ExecutableMarkup {

    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "poster",
            "background", "cite", "data", "xlink:href", "srcset", "longdesc", "lowsrc", "dynsrc", "srcdoc", "code",
            "codebase", "manifest", "ping", "icon", "usemap");
    private static final Set<String> EXECUTABLE_SCHEMES = Set.of("javascript:", "vbscript:", "data:",
            "livescript:");
    private static final Set<String> NEVER_IN_A_PAGE = Set.of("iframe", "frame", "frameset", "object", "embed",
            "applet", "form", "base", "style", "input", "button", "textarea", "select");
    private static final Set<String> NEVER_IN_A_BODY = Set.of("script", "svg", "math", "link", "meta", "template",
            "noscript", "title", "xmp", "plaintext", "video", "audio", "source", "details");

    private ExecutableMarkup() {
    }

    /**
     * Everything in {@code html} a browser would run or that would restyle, reframe or redirect the page. A body
     * rendered from Markdown may hold no script at all; a whole page only JSON-LD that is still valid JSON.
     */
    static List<String> executableIn(String html, boolean body) {
        Document document = body ? Jsoup.parseBodyFragment(html) : Jsoup.parse(html);
        if (!body) {
            // the site's own search form in the page header, which the layout writes and no content reaches
            document.select("body > header form.site-search[role=search][method=get][action=" + Routes.SEARCH + "]")
                    .remove();
        }
        List<String> found = new ArrayList<>();
        for (Element element : document.getAllElements()) {
            String tag = element.normalName();
            if (NEVER_IN_A_PAGE.contains(tag) || body && NEVER_IN_A_BODY.contains(tag)) {
                found.add("<" + tag + ">");
            }
            if (tag.equals("script") && !body) {
                checkJsonLd(element, found);
            }
            if (tag.equals("meta") && element.attr("http-equiv").equalsIgnoreCase("refresh")) {
                found.add("meta refresh");
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on") || name.equals("style")) {
                    found.add(tag + "[" + name + "]");
                }
                String url = attribute.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
                if (URL_ATTRIBUTES.contains(name) && EXECUTABLE_SCHEMES.stream().anyMatch(url::startsWith)) {
                    found.add(tag + "[" + name + "=" + attribute.getValue() + "]");
                }
            }
        }
        return found;
    }

    private static void checkJsonLd(Element script, List<String> found) {
        if (!script.attr("type").equalsIgnoreCase("application/ld+json") || script.hasAttr("src")) {
            found.add("script " + script.attributes());
            return;
        }
        try {
            new JsonMapper().readTree(script.data());
        } catch (RuntimeException e) {
            found.add("JSON-LD that is no longer JSON: " + script.data());
        }
    }
}
