package de.bmas.microsite.site;

import de.bmas.microsite.content.model.ContentImage;
import de.bmas.microsite.content.source.Problem;
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

/**
 * Renders a snapshot into every response of the site, once. The server and the static export both take their
 * bytes from here, so they cannot differ.
 */
@Component
class SiteRenderer {

    private static final String HTML = "text/html;charset=UTF-8";
    private static final Map<Integer, String> ERROR_TITLES = Map.of(
            400, "Ungültige Anfrage",
            404, "Seite nicht gefunden",
            405, "Methode nicht erlaubt",
            500, "Interner Fehler");

    private final ITemplateEngine templates;
    private final Assets assets;
    private final MicrositeProperties properties;
    /** Map.of iterates in a different order in every JVM: sorted keys keep server and export byte-identical. */
    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    SiteRenderer(ITemplateEngine templates, Assets assets, MicrositeProperties properties) {
        this.templates = templates;
        this.assets = assets;
        this.properties = properties;
    }

    RenderedSite render(Snapshot snapshot, List<View> pages, List<SiteOutput> outputs, List<Problem> banner,
                        Offers offers) {
        Assets.Bundle bundle = assets.load();
        Chrome chrome = Chrome.of(snapshot, bundle.urls(), properties.baseUrlOrLocal(), banner, offers);
        String cacheControl = snapshot.preview() ? PreparedResponse.NO_CACHE : PreparedResponse.REVALIDATE;
        Map<String, PreparedResponse> byRoute = new LinkedHashMap<>();
        // responses are independent of each other: render, hash and compress them on all cores, keep their order
        Parallel.map(pages, page -> PreparedResponse.of(page.route(), exportPath(page.route()), HTML,
                        html(page.template(), chrome, page.route(), page.meta(), page.model()),
                        page.meta().lastModified(), cacheControl))
                .forEach(resource -> put(byRoute, resource));
        Parallel.map(outputs, output -> PreparedResponse.of(output.route(), output.route().substring(1),
                        output.contentType(), output.body(), output.lastModified(), cacheControl))
                .forEach(resource -> put(byRoute, resource));
        for (ContentImage image : snapshot.images()) {
            put(byRoute, PreparedResponse.of(image.route(), image.route().substring(1), MediaTypes.of(image.route()),
                    image.bytes(), image.lastModified(), cacheControl));
        }
        bundle.responses().forEach(resource -> put(byRoute, resource));
        return new RenderedSite(byRoute, errorPages(chrome, snapshot));
    }

    private Map<Integer, PreparedResponse> errorPages(Chrome chrome, Snapshot snapshot) {
        Map<Integer, PreparedResponse> errorPages = new HashMap<>();
        ERROR_TITLES.forEach((status, title) -> {
            ViewMeta meta = ViewMeta.of(title, title, List.of(), snapshot.event().lastModified());
            byte[] body = html("error", chrome, "/" + status, meta, Map.of("status", status));
            errorPages.put(status, PreparedResponse.of(null, status == 404 ? "404.html" : null, HTML, body,
                    null, "no-store"));
        });
        return errorPages;
    }

    private byte[] html(String template, Chrome chrome, String route, ViewMeta meta, Map<String, Object> model) {
        Context context = new Context(Locale.GERMAN);
        context.setVariables(model);
        context.setVariable("site", chrome);
        context.setVariable("routes", Routes.LINKS);
        context.setVariable("page", new CurrentPage(route, meta, chrome.baseUrl() + route, jsonLd(chrome, meta)));
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

    private static void put(Map<String, PreparedResponse> byRoute, PreparedResponse resource) {
        if (byRoute.putIfAbsent(resource.route(), resource) != null) {
            throw new IllegalStateException("Two responses for route " + resource.route());
        }
    }

    /** {@code /a/b} is written as {@code a/b/index.html}, {@code /} as {@code index.html}. */
    static String exportPath(String route) {
        return route.equals("/") ? "index.html" : route.substring(1) + "/index.html";
    }
}
