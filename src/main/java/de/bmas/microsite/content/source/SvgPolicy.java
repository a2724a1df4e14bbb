package de.bmas.microsite.content.source;

import javax.xml.XMLConstants;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an SVG image may keep: the elements that draw (an allowlist, in the SVG namespace only), attributes other
 * than event handlers, references within the image ({@code href="#id"}, {@code url(#id)}), web links on
 * {@code <a>} as in the text, embedded raster images, and CSS that loads nothing. Everything else goes: scripts,
 * {@code foreignObject} (HTML inside), animations (they can rewrite links, and moving images need a pause button),
 * HTML and other foreign elements, {@code xml:base}, processing instructions such as {@code <?xml-stylesheet?>}.
 */
final class SvgPolicy {

    static final String SVG = "http://www.w3.org/2000/svg";
    static final String XLINK = "http://www.w3.org/1999/xlink";

    enum Verdict { KEEP, REMOVE, DROP_QUIETLY }

    private static final Set<String> ELEMENTS = Set.of("a", "circle", "clipPath", "defs", "desc", "ellipse",
            "feBlend", "feColorMatrix", "feComponentTransfer", "feComposite", "feConvolveMatrix",
            "feDiffuseLighting", "feDisplacementMap", "feDistantLight", "feDropShadow", "feFlood", "feFuncA",
            "feFuncB", "feFuncG", "feFuncR", "feGaussianBlur", "feImage", "feMerge", "feMergeNode", "feMorphology",
            "feOffset", "fePointLight", "feSpecularLighting", "feSpotLight", "feTile", "feTurbulence", "filter", "g",
            "image", "line", "linearGradient", "marker", "mask", "metadata", "path", "pattern", "polygon",
            "polyline", "radialGradient", "rect", "stop", "style", "svg", "switch", "symbol", "text", "textPath",
            "title", "tspan", "use", "view");
    /** Drawing programs' bookkeeping (Inkscape, Sodipodi, RDF licence data): never drawn, never run. */
    private static final Set<String> EDITOR_NAMESPACES = Set.of("http://www.inkscape.org/namespaces/inkscape",
            "http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd", "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
            "http://purl.org/dc/elements/1.1/", "http://creativecommons.org/ns#", "http://web.resource.org/cc/");
    private static final Pattern RASTER_DATA = Pattern.compile("data:image/(png|jpeg|gif|webp);base64,[a-z0-9+/=]*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CSS_ESCAPE = Pattern.compile("\\\\(?:([0-9a-fA-F]{1,6})\\s?|\\n|(.))");
    private static final Pattern CSS_COMMENT = Pattern.compile("/\\*.*?(\\*/|$)", Pattern.DOTALL);
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*(['\"]?)(.*?)\\1\\s*\\)", Pattern.DOTALL);
    /** Loads, runs or binds something, with or without {@code url()}. */
    private static final Pattern CSS_FORBIDDEN = Pattern.compile("@import|expression\\(|javascript:|vbscript:"
            + "|-moz-binding|behavior|image-set\\(|image\\(|cross-fade\\(|element\\(");
    private static final Pattern WHITESPACE = Pattern.compile("[\\x00-\\x20]");

    private SvgPolicy() {
    }

    static Verdict element(String namespace, String name) {
        if (EDITOR_NAMESPACES.contains(namespace)) {
            return Verdict.DROP_QUIETLY;
        }
        return SVG.equals(namespace) && ELEMENTS.contains(name) ? Verdict.KEEP : Verdict.REMOVE;
    }

    static Verdict attribute(String element, String namespace, String name, String value) {
        if (EDITOR_NAMESPACES.contains(namespace)) {
            return Verdict.DROP_QUIETLY;
        }
        boolean known = namespace.isEmpty() || XLINK.equals(namespace)
                || XMLConstants.XML_NS_URI.equals(namespace) && !name.equals("base");
        boolean allowed = known && !name.toLowerCase(Locale.ROOT).startsWith("on")
                && (!name.equals("href") || safeReference(element, value)) && safeCss(value);
        return allowed ? Verdict.KEEP : Verdict.REMOVE;
    }

    /** Within the image everywhere; a link may also lead to the web or this site, an image may embed a picture. */
    private static boolean safeReference(String element, String value) {
        String url = WHITESPACE.matcher(value).replaceAll("");
        if (url.startsWith("#")) {
            return true;
        }
        if (element.equals("a")) {
            return LinkSchemes.schemeOf(url).map(LinkSchemes.ALLOWED::contains)
                    .orElse(url.startsWith("/") && !url.startsWith("//") && !url.startsWith("/\\"));
        }
        return (element.equals("image") || element.equals("feImage")) && RASTER_DATA.matcher(url).matches();
    }

    /** CSS (a style sheet, a style attribute or any attribute value) that loads and runs nothing. */
    static boolean safeCss(String css) {
        if (css.indexOf('(') < 0 && css.indexOf(':') < 0 && css.indexOf('@') < 0 && css.indexOf('\\') < 0) {
            return true;
        }
        String decoded = CSS_COMMENT.matcher(unescape(css)).replaceAll("").toLowerCase(Locale.ROOT);
        if (CSS_FORBIDDEN.matcher(WHITESPACE.matcher(decoded).replaceAll("")).find()) {
            return false;
        }
        Matcher url = CSS_URL.matcher(decoded);
        int urls = 0;
        while (url.find()) {
            urls++;
            if (!url.group(2).strip().startsWith("#")) {
                return false;
            }
        }
        // an unclosed or oddly written url( that the pattern did not take apart
        return urls == countOf(decoded, "url(");
    }

    /** CSS escapes decoded ({@code u\72l(} is {@code url(}), so that they hide nothing from the checks. */
    private static String unescape(String css) {
        return CSS_ESCAPE.matcher(css).replaceAll(escape -> {
            if (escape.group(1) != null) {
                int codePoint = Integer.parseInt(escape.group(1), 16);
                return Matcher.quoteReplacement(Character.isValidCodePoint(codePoint) && codePoint > 0
                        ? Character.toString(codePoint) : "\uFFFD");
            }
            return escape.group(2) == null ? "" : Matcher.quoteReplacement(escape.group(2));
        });
    }

    private static int countOf(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
