package de.bmas.microsite.site;

import de.bmas.microsite.content.ContentFixture;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/** The minimal content set plus one draft of each kind and a page marked as placeholder; all drafts say „Geheim“. */
final class DraftContent {

    static final String SECRET = "Geheim";
    static final List<String> DRAFT_ROUTES =
            List.of("/sessions/entwurfs-session", "/themen/entwurfs-thema", "/entwurfs-stand", "/entwurfs-seite");

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private DraftContent() {
    }

    static void addTo(ContentFixture content) {
        content.write("sessions/entwurfs-session.md", """
                ---
                title: Geheime Entwurfssession
                format: Panel
                topics:
                  - arbeit
                  - entwurfs-thema
                teaser: Geheim, noch nicht fertig.
                draft: true
                ---
                Geheimer Text.
                """);
        content.write("themen/entwurfs-thema.md", """
                ---
                title: Geheimes Entwurfsthema
                teaser: Geheim, noch nicht fertig.
                draft: true
                ---
                """);
        content.write("staende/entwurfs-stand.md", """
                ---
                title: Geheimer Entwurfsstand
                nav_title: Geheimer Stand
                teaser: Geheim, noch nicht fertig.
                draft: true
                ---
                """);
        content.write("seiten/entwurfs-seite.md", """
                ---
                title: Geheime Entwurfsseite
                teaser: Geheim, noch nicht fertig.
                menu: footer
                draft: true
                ---
                """);
        content.replace("seiten/impressum.md", "menu: footer", "menu: footer\nplaceholder: true");
    }

    static HttpResponse<String> get(int port, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
