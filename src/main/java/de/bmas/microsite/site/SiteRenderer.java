package de.bmas.microsite.site;

import de.bmas.microsite.check.SourceLines;
import de.bmas.microsite.content.model.ContentImage;
import de.bmas.microsite.content.source.ContentReport;
import de.bmas.microsite.content.model.Snapshot;
import de.bmas.microsite.MicrositeProperties;
import de.bmas.microsite.Parallel;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Renders a snapshot into every response of the site, once. The server and the static export both take their
 * bytes from here, so they cannot differ. The few pages that depend on the request (search results) are rendered
 * here too, per request, with the same layout and chrome as the site they belong to.
 */
@Component
public class SiteRenderer {

    private static final Map<Integer, String> ERROR_TITLES = Map.of(
            400, "Ungültige Anfrage",
            404, "Seite nicht gefunden",
            405, "Anfrage nicht möglich",
            500, "Interner Fehler");

    private final ITemplateEngine templates;
    private final Assets assets;
    private final SharePreviews shares;
    private final PreviewPages previewPages;
    private final MicrositeProperties properties;
    /** Map.of iterates in a different order in every JVM: sorted keys keep server and export byte-identical. */
    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    SiteRenderer(ITemplateEngine templates, Assets assets, SharePreviews shares, PreviewPages previewPages,
                 MicrositeProperties properties) {
        this.templates = templates;
        this.assets = assets;
        this.shares = shares;
        this.previewPages = previewPages;
        this.properties = properties;
    }

    /**
     * @param report  the snapshot's problems, which preview mode shows to editors
     * @param version the version of the sources, which a page names in preview mode to know when to refresh
     * @param offers  what pages offer at the moment of rendering (calendar and schedule links)
     */
    RenderedSite render(Snapshot snapshot, List<View> pages, List<SiteOutput> outputs, ContentReport report,
                        String version, Offers offers) {
        Assets.Bundle bundle = assets.load();
        Editor editor = snapshot.preview() ? Editor.of(report, bundle.urls(), version, SourceLines.asWritten()) : null;
        Chrome chrome = Chrome.of(snapshot, bundle.urls(), properties.baseUrlOrLocal(), editor, offers,
                properties.search());
        String cacheControl = snapshot.preview() ? PreparedResponse.NO_CACHE : PreparedResponse.REVALIDATE;
        Map<String, PreparedResponse> byRoute = new LinkedHashMap<>();
        Map<String, Supplier<PreparedResponse>> deferred = new HashMap<>();
        // responses are independent of each other: render, hash and compress them on all cores, keep their order
        Parallel.map(pages, page -> {
                    CurrentPage current = new CurrentPage(page.route(), page.meta(),
                            chrome.baseUrl() + page.route(), jsonLd(chrome, page.meta()),
                            chrome.baseUrl() + Routes.shareImage(page.route()), shares.card(snapshot, page).altText(),
                            false);
                    return PreparedResponse.of(page.route(), exportPath(page.route()), MediaTypes.HTML,
                            html(page.template(), chrome, snapshot, current, page.model()), page.meta().lastModified(),
                            cacheControl);
                })
                .forEach(response -> put(byRoute, response));
        pages.forEach(page -> deferred.put(Routes.shareImage(page.route()),
                shares.response(snapshot, page, cacheControl)));
        Parallel.map(outputs, output -> PreparedResponse.of(output.route(), output.route().substring(1),
                        output.contentType(), output.body(), output.lastModified(), cacheControl))
                .forEach(response -> put(byRoute, response));
        for (ContentImage image : snapshot.images()) {
            put(byRoute, PreparedResponse.of(image.route(), image.route().substring(1), MediaTypes.of(image.route()),
                    image.bytes(), image.lastModified(), cacheControl));
        }
        bundle.responses().forEach(response -> put(byRoute, response));
        if (editor != null) {
            put(byRoute, previewPages.guide(editor, bundle.urls()));
        }
        return new RenderedSite(byRoute, errorPages(chrome, snapshot), deferred, chrome);
    }

    /**
     * A page that depends on the request, such as search results, in the layout and chrome of {@code site}'s own
     * pages. Marked {@code noindex}, without a share image (nothing is drawn per request), its canonical address
     * the route without the query. {@code site} must have been built from a snapshot (not the preview's problems
     * page).
     */
    public byte[] renderOnRequest(Site site, View view) {
        Chrome chrome = site.rendered().chrome();
        CurrentPage current = new CurrentPage(view.route(), view.meta(), chrome.baseUrl() + view.route(),
                jsonLd(chrome, view.meta()), null, null, true);
        return html(view.template(), chrome, site.snapshot(), current, view.model());
    }

    /**
     * Preview mode, content with errors: the assets, the guide, and the problems page as the answer to every other
     * address (through the error pages, which every unknown address gets).
     */
    RenderedSite problems(ContentReport report, String version) {
        Assets.Bundle bundle = assets.load();
        Editor editor = Editor.of(report, bundle.urls(), version, SourceLines.asWritten());
        Map<String, PreparedResponse> byRoute = new LinkedHashMap<>();
        bundle.responses().forEach(response -> put(byRoute, response));
        put(byRoute, previewPages.guide(editor, bundle.urls()));
        PreparedResponse page = previewPages.problems(editor, bundle.urls());
        Map<Integer, PreparedResponse> errorPages = new HashMap<>();
        ERROR_TITLES.keySet().forEach(status -> errorPages.put(status, page));
        return new RenderedSite(byRoute, errorPages, Map.of());
    }

    private Map<Integer, PreparedResponse> errorPages(Chrome chrome, Snapshot snapshot) {
        Map<Integer, PreparedResponse> errorPages = new HashMap<>();
        ERROR_TITLES.forEach((status, title) -> {
            ViewMeta meta = ViewMeta.of(title, title, List.of(), snapshot.event().lastModified());
            // no canonical address and noindex: an error page answers at any address but its own (in an object
            // store it is a file of its own)
            CurrentPage current = new CurrentPage("/" + status, meta, null, jsonLd(chrome, meta), null, null, true);
            byte[] body = html("error", chrome, snapshot, current, Map.of("status", status));
            // the export's web server answers the client errors with these files; a server error has no file
            errorPages.put(status, PreparedResponse.of(null, status < 500 ? status + ".html" : null, MediaTypes.HTML,
                    body, null, PreparedResponse.NO_STORE));
        });
        return errorPages;
    }

    /**
     * The page's own model, and for every page the frame ({@code site}), the route table ({@code routes}) and the
     * snapshot ({@code snapshot}), which fragments shared by many pages use for their look-ups (a session card's
     * stands).
     */
    private byte[] html(String template, Chrome chrome, Snapshot snapshot, CurrentPage page,
                        Map<String, Object> model) {
        Context context = new Context(Locale.GERMAN);
        context.setVariables(model);
        context.setVariable("site", chrome);
        context.setVariable("snapshot", snapshot);
        context.setVariable("routes", Routes.LINKS);
        context.setVariable("page", page);
        return templates.process(template, context).getBytes(StandardCharsets.UTF_8);
    }

    private String jsonLd(Chrome chrome, ViewMeta meta) {
        List<Object> data = new ArrayList<>(meta.structuredData());
        if (!meta.breadcrumbs().isEmpty()) {
            data.add(breadcrumbList(chrome, meta));
        }
        if (data.isEmpty()) {
            return null;
        }
        Object root = data.size() == 1 ? data.get(0) : ordered("@context", "https://schema.org", "@graph", data);
        // "<" only occurs inside JSON strings, where \u003c means the same and cannot close the script element
        return json.writeValueAsString(root).replace("<", "\\u003c");
    }

    private static Map<String, Object> breadcrumbList(Chrome chrome, ViewMeta meta) {
        List<Object> items = new ArrayList<>();
        List<Crumb> trail = meta.breadcrumbs();
        for (int i = 0; i < trail.size(); i++) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("@type", "ListItem");
            item.put("position", i + 1);
            item.put("name", trail.get(i).label());
            item.put("item", chrome.baseUrl() + trail.get(i).route());
            items.add(item);
        }
        return ordered("@context", "https://schema.org", "@type", "BreadcrumbList", "itemListElement", items);
    }

    /** A map that keeps its keys in the given order, so the same content always renders the same bytes. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static void put(Map<String, PreparedResponse> byRoute, PreparedResponse response) {
        if (byRoute.putIfAbsent(response.route(), response) != null) {
            throw new IllegalStateException("Two responses for route " + response.route());
        }
    }

    /** {@code /a/b} is written as {@code a/b/index.html}, {@code /} as {@code index.html}. */
    static String exportPath(String route) {
        return route.equals(Routes.HOME) ? "index.html" : route.substring(1) + "/index.html";
    }
}
