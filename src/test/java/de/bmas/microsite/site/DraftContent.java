package de.bmas.microsite.site;


import de.bmas.microsite.testing.ContentFixture;
import java.util.List;

/** The minimal content set plus one draft of each kind and a page marked as placeholder; all drafts say „Geheim“. */
final class DraftContent {

    static final String SECRET = "Geheim";
    static final List<String> DRAFT_ROUTES =
            List.of("/sessions/entwurfs-session", "/themen/entwurfs-thema", "/entwurfs-stand", "/entwurfs-seite");

    private DraftContent() {
    }

    static void addTo(ContentFixture content) {
        writeDraft(content, "sessions/entwurfs-session.md", """
                title: Geheime Entwurfssession
                format: Panel
                topics:
                  - arbeit
                  - entwurfs-thema
                """, "Geheimer Text.\n");
        writeDraft(content, "themen/entwurfs-thema.md", """
                title: Geheimes Entwurfsthema
                """, "");
        writeDraft(content, "staende/entwurfs-stand.md", """
                title: Geheimer Entwurfsstand
                nav_title: Geheimer Stand
                """, "");
        writeDraft(content, "seiten/entwurfs-seite.md", """
                title: Geheime Entwurfsseite
                menu: footer
                """, "");
        content.replace("seiten/impressum.md", "menu: footer", "menu: footer\nplaceholder: true");
    }

    /** Every draft gets the same secret teaser, so that a draft leaking into any listing shows up as „Geheim“. */
    private static void writeDraft(ContentFixture content, String file, String frontMatter, String body) {
        content.write(file, "---\n" + frontMatter + "teaser: Geheim, noch nicht fertig.\ndraft: true\n---\n" + body);
    }
}
