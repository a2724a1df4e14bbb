package de.bmas.microsite.content.source;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Repairs what an HTML parser accepts but HTML forbids, for the elements the sanitizer keeps: blocks inside
 * phrasing elements ({@code <h2><table>}, {@code <span><div>}), list items and table parts outside their list or
 * table, other elements directly inside a list, a link inside a link, attribute values HTML does not allow, and
 * images without address or description. A misplaced element is unwrapped: its text stays, its wrong structure
 * goes. Together with the parser's own repairs this keeps every body valid HTML, whatever an editor typed.
 */
final class HtmlStructure {

    private static final Set<String> FLOW_ONLY = Set.of("div", "p", "table", "ul", "ol", "dl", "blockquote", "pre",
            "h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    /** Where flow content may stand; {@code th}, {@code dt} and {@code caption} with exceptions. */
    private static final Set<String> FLOW_PARENTS = Set.of("body", "div", "blockquote", "li", "dd", "td", "th", "dt",
            "caption");
    private static final Map<String, Set<String>> REQUIRED_PARENTS = Map.of(
            "li", Set.of("ul", "ol"), "dt", Set.of("dl"), "dd", Set.of("dl"),
            "tbody", Set.of("table"), "thead", Set.of("table"), "tfoot", Set.of("table"), "caption", Set.of("table"),
            "tr", Set.of("tbody", "thead", "tfoot", "table"), "td", Set.of("tr"), "th", Set.of("tr"));
    private static final int MAX_ROUNDS = 8;
    private static final Set<String> LISTS = Set.of("ul", "ol");
    private static final Map<String, Set<String>> TABLE_CHILDREN = Map.of(
            "table", Set.of("caption", "thead", "tbody", "tfoot", "tr"), "thead", Set.of("tr"),
            "tbody", Set.of("tr"), "tfoot", Set.of("tr"), "tr", Set.of("td", "th"));
    private static final Map<String, Pattern> ATTRIBUTE_VALUES = Map.of(
            "colspan", Pattern.compile("0*([1-9]\\d{0,2}|1000)"),
            "span", Pattern.compile("0*([1-9]\\d{0,2}|1000)"),
            "start", Pattern.compile("-?\\d{1,9}"),
            "type", Pattern.compile("[1aAiI]"),
            "scope", Pattern.compile("(?i)row|col|rowgroup|colgroup"),
            "width", Pattern.compile("\\d{1,5}"),
            "height", Pattern.compile("\\d{1,5}"),
            "id", Pattern.compile("[^\\s]+"),
            // a well-formed language tag (BCP 47): "en", "de-CH"
            "lang", Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*"));
    /** A description list is groups of terms followed by their descriptions. */
    private static final Pattern DEFINITION_GROUPS = Pattern.compile("((dt )+(dd )+)+");
    private static final Set<String> ADDRESSES = Set.of("href", "src", "cite");

    private HtmlStructure() {
    }

    static void repair(Element body) {
        // a repair can expose another (an unwrapped caption leaves its text in the table): repeat until none is left
        boolean changed = true;
        for (int round = 0; changed && round < MAX_ROUNDS; round++) {
            changed = false;
            for (Element element : body.select("*")) {
                changed |= element != body && element.parent() != null && restructure(element, element.normalName());
            }
        }
        Set<String> ids = new HashSet<>();
        body.select("*").forEach(element -> repairAttributes(element, ids));
        body.select("table").forEach(TableColumns::repair);
        // a character reference such as &#14; brings back what the loader refuses as a character
        body.getAllElements().forEach(element -> element.textNodes().forEach(text -> {
            String kept = ControlCharacters.strip(text.getWholeText());
            if (kept.length() != text.getWholeText().length()) {
                text.text(kept);
            }
        }));
    }

    /** Repairs where {@code element} stands and what it holds; whether anything moved. */
    private static boolean restructure(Element element, String name) {
        // a row without cells is an error in HTML's table model
        if (name.equals("img") && (!element.hasAttr("alt") || element.attr("src").isBlank())
                || name.equals("col") || name.equals("colgroup")
                || name.equals("tr") && element.childNodes().stream().allMatch(HtmlStructure::isBlankText)) {
            element.remove();
            return true;
        }
        // terms without descriptions, the other way round, or other content in a description list: it goes
        if (misplaced(element, name) || name.equals("dl") && !isDefinitionGroups(element)) {
            element.unwrap();
            return true;
        }
        return wrapStrayChildren(element, name) | fosterStrayChildren(element, name);
    }

    private static boolean misplaced(Element element, String name) {
        Element parent = element.parent();
        Set<String> required = REQUIRED_PARENTS.get(name);
        if (required != null) {
            return !required.contains(parent.normalName())
                    || name.equals("caption") && element.elementSiblingIndex() != 0;
        }
        // a link must not contain a link, a header cell or term no heading, a caption no table, at any depth
        if (name.equals("a") && hasAncestor(element, Set.of("a"))
                || HEADINGS.contains(name) && hasAncestor(element, Set.of("th", "dt"))
                || name.equals("table") && hasAncestor(element, Set.of("caption"))) {
            return true;
        }
        return FLOW_ONLY.contains(name) && !allowsFlow(parent, name);
    }

    private static boolean hasAncestor(Element element, Set<String> names) {
        return element.parents().stream().anyMatch(ancestor -> names.contains(ancestor.normalName()));
    }

    /** Whether {@code block} may stand in {@code parent}; a link is transparent: its parent decides. */
    private static boolean allowsFlow(Element parent, String block) {
        String name = parent.normalName();
        if (name.equals("a")) {
            return parent.parent() != null && allowsFlow(parent.parent(), block);
        }
        return FLOW_PARENTS.contains(name);
    }

    private static boolean isBlankText(Node node) {
        return node instanceof TextNode text && text.isBlank();
    }

    private static boolean isDefinitionGroups(Element list) {
        boolean onlyElements = list.textNodes().stream().allMatch(TextNode::isBlank);
        return onlyElements && DEFINITION_GROUPS.matcher(list.children().stream().map(Element::normalName)
                .collect(Collectors.joining(" ", "", " "))).matches();
    }

    /** A list holds only its items: anything else in it is wrapped in an item of its own. */
    private static boolean wrapStrayChildren(Element element, String name) {
        if (!LISTS.contains(name)) {
            return false;
        }
        List<Node> stray = new ArrayList<>();
        boolean changed = false;
        for (Node child : new ArrayList<>(element.childNodes())) {
            boolean belongs = child instanceof Element item && item.normalName().equals("li") || isBlankText(child);
            if (!belongs) {
                stray.add(child);
            } else if (!stray.isEmpty()) {
                wrap(stray);
                changed = true;
            }
        }
        if (!stray.isEmpty()) {
            wrap(stray);
            changed = true;
        }
        return changed;
    }

    /**
     * What stands in a table but is no part of it goes before the table, as the HTML parser does ("foster
     * parenting"); jsoup's parser does so for elements but leaves text in place.
     */
    private static boolean fosterStrayChildren(Element element, String name) {
        Set<String> allowed = TABLE_CHILDREN.get(name);
        Element table = name.equals("table") ? element : element.closest("table");
        if (allowed == null || table == null) {
            return false;
        }
        boolean changed = false;
        for (Node child : new ArrayList<>(element.childNodes())) {
            boolean belongs = child instanceof Element childElement && allowed.contains(childElement.normalName())
                    || isBlankText(child);
            if (!belongs) {
                table.before(child);
                changed = true;
            }
        }
        return changed;
    }

    private static void wrap(List<Node> nodes) {
        Element wrapper = new Element("li");
        nodes.get(0).before(wrapper);
        nodes.forEach(wrapper::appendChild);
        nodes.clear();
    }

    private static void repairAttributes(Element element, Set<String> ids) {
        if (element.attributesSize() == 0) {
            return;
        }
        for (Attribute attribute : new ArrayList<>(element.attributes().asList())) {
            String key = attribute.getKey();
            String value = ControlCharacters.strip(attribute.getValue());
            Pattern allowed = ATTRIBUTE_VALUES.get(key);
            if (ADDRESSES.contains(key)) {
                WebAddresses.normalize(value).ifPresentOrElse(address -> element.attr(key, address),
                        () -> element.removeAttr(key));
            } else if (allowed != null && !allowed.matcher(value).matches()
                    || key.equals("id") && !ids.add(value)) {
                element.removeAttr(key);
            } else {
                element.attr(key, value);
            }
        }
        if (element.normalName().equals("img") && !element.hasAttr("src")) {
            element.remove();
        }
    }
}
