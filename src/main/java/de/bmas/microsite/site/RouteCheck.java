package de.bmas.microsite.site;

import de.bmas.microsite.content.model.Doc;
import de.bmas.microsite.content.model.Link;
import de.bmas.microsite.content.model.Snapshot;
import de.bmas.microsite.content.source.ContentLoader;
import de.bmas.microsite.content.source.OwnComputer;
import de.bmas.microsite.content.source.Problem;
import de.bmas.microsite.content.source.Suggestions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks the content against the routes the site really has: every internal link leads to a page, output or
 * image, and no stand or service page takes an address that a section or another page has. In preview mode the
 * pages of drafts exist, but published content is checked against the routes without them, so that a link to a
 * draft is the same error in the preview as in {@code check} and production.
 */
final class RouteCheck {

    private static final Pattern SCHEME = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*:");
    /** „https//www.bmas.de“: the colon left out. */
    private static final Pattern SCHEME_TYPED_WRONG = Pattern.compile("(https?)//", Pattern.CASE_INSENSITIVE);
    /** The folders of the files whose pages are at the top level: stands and service pages. */
    private static final String TOP_LEVEL_FOLDERS = "^/(" + ContentLoader.PAGES_DIR + "|" + ContentLoader.STANDS_DIR
            + ")/";

    private final Snapshot snapshot;
    private final Set<String> routes;
    private final Set<String> publishedRoutes;
    private final List<Link> unboundLinks;
    private final List<Problem> problems;

    /**
     * @param draftRoutes  the routes of drafts' pages among {@code routes} (none in production)
     * @param unboundLinks the links in the bodies of files whose front matter has errors; whether such a file is a
     *                     draft is unknown, so they may lead to drafts' pages too
     */
    RouteCheck(Snapshot snapshot, Set<String> routes, Set<String> draftRoutes, List<Link> unboundLinks,
               List<Problem> problems) {
        this.snapshot = snapshot;
        this.routes = routes;
        this.publishedRoutes = routes.stream().filter(route -> !draftRoutes.contains(route))
                .collect(Collectors.toSet());
        this.unboundLinks = unboundLinks;
        this.problems = problems;
    }

    void run() {
        checkTopLevelAddresses();
        snapshot.docs().forEach(doc -> doc.origin().links()
                .forEach(link -> checkLink(link, doc.draft() ? routes : publishedRoutes)));
        unboundLinks.forEach(link -> checkLink(link, routes));
    }

    /** Stands and service pages share the top level of the site with the sections ({@link Routes#reservedSlugs}). */
    private void checkTopLevelAddresses() {
        Set<String> reserved = new TreeSet<>(Routes.reservedSlugs());
        Map<String, Doc<?>> claimed = new HashMap<>();
        Stream.<Doc<?>>concat(snapshot.stands().stream(), snapshot.pages().stream()).forEach(doc -> {
            String address = Routes.topLevelPage(doc.slug());
            Doc<?> other = claimed.putIfAbsent(doc.slug(), doc);
            if (reserved.contains(doc.slug())) {
                problems.add(Problem.error(doc.origin().file(), "Die Adresse " + address + " ist schon vergeben",
                        "Benennen Sie die Datei um; belegt sind: " + String.join(", ", reserved) + "."));
            } else if (other != null) {
                // which of the two is the new one, only the editor knows: both are named, at both
                String both = "„" + other.origin().file().path() + "“ und „" + doc.origin().file().path() + "“";
                String hint = "Benennen Sie eine der beiden Dateien um: Infostände und Seiten teilen sich die "
                        + "Adressen.";
                problems.add(Problem.error(other.origin().file(), "Die Adresse " + address + " haben zwei Dateien: "
                        + both, hint));
                problems.add(Problem.error(doc.origin().file(), "Die Adresse " + address + " haben zwei Dateien: "
                        + both, hint));
            }
        });
    }

    /**
     * The address a relative link most likely means: a content file's address where it names one
     * ("../programm.md", "seiten/impressum.md" → /programm, /impressum), else the link with a slash before it.
     */
    private static String addressOf(String relative, Set<String> routes) {
        int end = relative.replaceFirst("[?#].*$", "").length();
        String path = "/" + relative.substring(0, end).replace('\\', '/').replaceFirst("^(\\.{0,2}/)+", "");
        String page = path.replaceFirst("\\.md$", "").replaceFirst(TOP_LEVEL_FOLDERS, "/");
        return (routes.contains(page) ? page : path) + relative.substring(end);
    }

    /** What a link without a scheme or a leading slash was meant to be. */
    private static String repair(String url, Set<String> routes) {
        Matcher web = SCHEME_TYPED_WRONG.matcher(url);
        if (web.lookingAt()) {
            return "Links auf andere Websites beginnen mit „" + web.group(1) + "://“, z. B. „" + web.group(1) + "://"
                    + url.substring(web.end()) + "“.";
        }
        if (url.startsWith("www.")) {
            return "Links auf andere Websites beginnen mit „https://“, z. B. „https://" + url + "“.";
        }
        if (url.indexOf('@') > 0 && url.indexOf('/') < 0) {
            return "Links auf E-Mail-Adressen beginnen mit „mailto:“, z. B. „mailto:" + url + "“.";
        }
        return "Links auf Seiten dieser Website beginnen mit „/“, z. B. „" + addressOf(url, routes) + "“; "
                + "Links auf andere Websites mit „https://“.";
    }

    private void checkLink(Link link, Set<String> routes) {
        String url = link.url();
        if (url.isBlank()) {
            problems.add(Problem.error(link.position(), "Der Link hat keine Adresse",
                    "Schreiben Sie die Adresse in die runden Klammern, z. B. [Programm](" + Routes.PROGRAMME + ") oder "
                            + "[BMAS](https://www.bmas.de)."));
            return;
        }
        if (OwnComputer.path(url).isPresent()) {
            return; // reported with the text's other refused links
        }
        if (!url.startsWith("/") && !url.startsWith("#") && !SCHEME.matcher(url).lookingAt()) {
            // a relative link would resolve against each page's own address and break
            problems.add(Problem.error(link.position(), "Der Link „" + url + "“ ist unvollständig",
                    repair(url, routes)));
            return;
        }
        if (!url.startsWith("/") || url.startsWith("//")) {
            return;
        }
        String path = url.replaceAll("[?#].*$", "");
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (!routes.contains(path)) {
            String nearest = Suggestions.nearest(path, routes)
                    .map(route -> "Meinten Sie „" + route + "“?")
                    .orElse("Prüfen Sie die Adresse auf Tippfehler. Ist das Ziel ein Entwurf („draft: true“), "
                            + "geht der Link erst, wenn es veröffentlicht ist.");
            problems.add(Problem.error(link.position(), "Der Link „" + url + "“ führt zu keiner Seite", nearest));
        }
    }
}
