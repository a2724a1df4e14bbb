package de.bmas.microsite.site;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import de.bmas.microsite.content.source.ContentLoader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The preview's own pages, which exist without any valid content: the problems page that stands in for every page
 * while the content has errors, and the editors' guide ({@code redaktion.md}, packaged into the jar by the build),
 * so that editors find it where they work, offline and matching their version of the program.
 */
@Component
class PreviewPages {

    /** Links that leave the page and the site: to the other documents of the repository, which the jar lacks. */
    private static final Pattern OTHER_DOCUMENT = Pattern.compile("^(?![#/]|[a-zA-Z][a-zA-Z0-9+.-]*:).*");

    private final ITemplateEngine templates;
    private volatile String guide;

    PreviewPages(ITemplateEngine templates) {
        this.templates = templates;
    }

    PreparedResponse problems(Editor editor, Map<String, String> assets) {
        String title = editor.errorCount() == 1 ? "Vorschau: ein Fehler im Inhalt"
                : "Vorschau: " + editor.errorCount() + " Fehler im Inhalt";
        return PreparedResponse.of(null, null, MediaTypes.HTML,
                page("preview/problems", title, editor, assets, true, Map.of()), null, PreparedResponse.NO_STORE);
    }

    PreparedResponse guide(Editor editor, Map<String, String> assets) {
        byte[] body = page("preview/guide", "Anleitung für die Redaktion – Vorschau", editor, assets,
                false, Map.of("guide", guideHtml()));
        return PreparedResponse.of(Routes.PREVIEW_GUIDE, SiteRenderer.exportPath(Routes.PREVIEW_GUIDE),
                MediaTypes.HTML, body, null, PreparedResponse.NO_CACHE);
    }

    private byte[] page(String template, String title, Editor editor, Map<String, String> assets, boolean refresh,
                        Map<String, Object> model) {
        Context context = new Context(Locale.GERMAN);
        context.setVariables(model);
        context.setVariable("title", title);
        context.setVariable("editor", editor);
        context.setVariable("stylesheet", assets.get(Assets.STYLESHEET));
        context.setVariable("favicon", assets.get(Assets.ICON));
        context.setVariable("refresh", refresh);
        return templates.process(template, context).getBytes(StandardCharsets.UTF_8);
    }

    /** The guide as HTML, rendered once: headings get the anchors GitHub gives them, which its own links use. */
    private String guideHtml() {
        if (guide == null) {
            MutableDataSet options = new MutableDataSet()
                    .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
                    .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                    .set(HtmlRenderer.RENDER_HEADER_ID, true);
            String html = HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(read()));
            Document document = Jsoup.parseBodyFragment(html);
            document.select("a[href]").stream()
                    .filter(link -> OTHER_DOCUMENT.matcher(link.attr("href")).matches())
                    .forEach(link -> link.unwrap());
            // wide examples scroll sideways; keyboard users must be able to reach them to scroll them
            document.select("pre").attr("tabindex", "0");
            guide = document.body().html();
        }
        return guide;
    }

    private static String read() {
        try (InputStream in = new ClassPathResource(ContentLoader.GUIDE_RESOURCE).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The editors' guide is packaged into the jar as "
                    + ContentLoader.GUIDE_RESOURCE, e);
        }
    }
}
