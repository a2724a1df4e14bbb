package de.bmas.microsite.site;

import de.bmas.microsite.testing.ContentFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The preview always starts and shows what is wrong: content with errors, from the first load on, gets the
 * problems page at every address, with each error's place, message, hint and line; fixing it brings the site back
 * and tells open pages to refresh; a folder where a file belongs is a problem like any other, and reloading goes on.
 * The steps build on each other, as an editor's session does.
 */
@SpringBootTest(properties = "microsite.preview=true")
@AutoConfigureMockMvc
@RecordApplicationEvents
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PreviewProblemsTest {

    private static final Path DIR = ContentFixture.newBuildDir();
    private static final ContentFixture CONTENT = ContentFixture.copyInto(DIR);
    private static final String DRAFT = "format: World Café\ndraft: true";
    private static final List<String> ROUTES = List.of("/", "/sessions/erste-session", "/gibt-es-nicht",
            "/programm.ics", "/sitemap.xml");

    @DynamicPropertySource
    static void brokenContent(DynamicPropertyRegistry registry) {
        // published content that refers to a draft: an error in production, and so in the preview
        CONTENT.replace("sessions/zweite-session.md", "format: World Café", DRAFT);
        CONTENT.replace("seiten/impressum.md", "menu: footer", "menu: footer\nplaceholder: true");
        registry.add("microsite.content-dir", DIR::toString);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    SiteHolder holder;

    @Autowired
    ApplicationEvents events;

    @Test
    @Order(1)
    void startsOnBrokenContentAndAnswersEveryAddressWithTheProblemsPage() throws Exception {
        for (String route : ROUTES) {
            MvcResult result = mvc.perform(get(route)).andReturn();
            Document page = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));

            assertThat(result.getResponse().getContentType()).as(route).startsWith("text/html");
            assertThat(page.select("h1").text()).as(route).isEqualTo("Der Inhalt enthält 2 Fehler");
            assertThat(page.select(".problem__location").eachText()).as("the reference and the link to the draft")
                    .containsExactly(CONTENT.path("programm.md") + ":17:9",
                            CONTENT.path("sessions/erste-session.md") + ":25:24");
        }
        Document page = problemsPage("/");
        assertThat(page.select(".problem__message").first().text())
                .isEqualTo("Session „zweite-session“ ist ein Entwurf und wird nicht veröffentlicht");
        assertThat(page.select(".problem__hint").first().text())
                .isEqualTo("Entfernen Sie „draft: true“ aus „sessions/zweite-session.md“, um die Datei zu "
                        + "veröffentlichen, oder entfernen Sie den Verweis.");
        assertThat(page.select(".problem__source").first().wholeText())
                .isEqualTo("      - zweite-session\n        ^");
        assertThat(page.select("h2").eachText()).as("errors first").containsExactly("Fehler", "1 Warnung");
        assertThat(page.select("#warnungen ~ ul").text()).contains(CONTENT.path("seiten/impressum.md"))
                .contains("Zeile 5: Die Seite ist als Platzhalter markiert");
        assertThat(page.select("a[href=/_vorschau/anleitung#meldungen-und-was-zu-tun-ist]")).hasSize(1);
        assertThat(page.select("script[src^=/assets/vorschau.]").attr("data-stand"))
                .isEqualTo(holder.status().lastAttempt().version());
        assertThat(holder.status().version()).as("nothing valid was loaded yet").isNull();
    }

    @Test
    @Order(2)
    void theGuideIsThereAndLeadsToEveryAnchorItLinksTo() throws Exception {
        Document guide = page("/_vorschau/anleitung");

        assertThat(guide.select("h1").text()).isEqualTo("Anleitung für die Redaktion");
        assertThat(guide.select("a[href^=#]")).isNotEmpty().allSatisfy(link ->
                assertThat(guide.getElementById(link.attr("href").substring(1))).as(link.attr("href")).isNotNull());
        assertThat(guide.getElementById("meldungen-und-was-zu-tun-ist")).isNotNull();
        assertThat(guide.select("a[href$=.md], a[href*=.md#]")).as("no links to documents the jar lacks").isEmpty();
    }

    @Test
    @Order(3)
    void fixingTheContentBringsTheSiteBackAndTellsOpenPages(CapturedOutput output) throws Exception {
        CONTENT.replace("sessions/zweite-session.md", DRAFT, "format: World Café");
        holder.reload();

        Document home = page("/");
        assertThat(home.select("h1").text()).isEqualTo("Testkongress 2025");
        String version = holder.status().version();
        assertThat(events.stream(SiteChanged.class)).last()
                .isEqualTo(new SiteChanged(version, holder.current().report(), true));
        assertThat(home.select("script[src^=/assets/vorschau.]").attr("data-stand")).isEqualTo(version);
        assertThat(output.getOut()).contains("Der Inhalt ist wieder fehlerfrei; die Vorschau zeigt die Website.");
    }

    @Test
    @Order(4)
    void thePreviewBarCountsTheWarningsGroupedByFileAndLeadsToTheGuide() throws Exception {
        CONTENT.replace("seiten/impressum.md", "Angaben", "Angaben TODO");
        holder.reload();

        Document page = page("/sessions/erste-session");
        assertThat(page.select(".preview-bar summary").text()).isEqualTo("2 Warnungen: vor dem Veröffentlichen zu erledigen");
        assertThat(page.select(".preview-files > li > code").eachText()).containsExactly(CONTENT.path("seiten/impressum.md"));
        assertThat(page.select(".preview-files > li > ul > li").eachText()).hasSize(2);
        assertThat(page.select(".preview-bar a").attr("href")).isEqualTo("/_vorschau/anleitung");
    }

    @Test
    @Order(5)
    void breakingItAgainPrintsTheProblemsAsOneBlock(CapturedOutput output) throws Exception {
        CONTENT.replace("veranstaltung.md", "date: 2025-02-25", "date: 25.02.2025");
        holder.reload();

        Document page = problemsPage("/programm");
        assertThat(page.select(".problem__source").first().wholeText()).isEqualTo("date: 25.02.2025\n      ^");
        assertThat(events.stream(SiteChanged.class)).last().extracting(SiteChanged::published).isEqualTo(false);
        assertThat(output.getOut()).contains("\nDer Inhalt enthält Fehler. Die Vorschau zeigt sie unter jeder "
                + "Adresse, bis sie behoben sind:\n" + CONTENT.path("veranstaltung.md")
                + ":4:7: Fehler: „25.02.2025“ ist kein gültiges Datum – Erwartet wird JJJJ-MM-TT, z. B. 2025-02-25.\n");
        CONTENT.replace("veranstaltung.md", "date: 25.02.2025", "date: 2025-02-25");
        holder.reload();
    }

    @Test
    @Order(6)
    void aFolderWhereAFileBelongsIsAProblemAndReloadingGoesOn(CapturedOutput output) throws Exception {
        int before = output.getAll().length();
        Path folder = Files.createDirectories(DIR.resolve("sessions/kaputt.md"));
        Path outside = Files.writeString(DIR.resolveSibling(DIR.getFileName() + "-geheim.md"), "---\ntitle: x\n---\n");
        Path link = Files.createSymbolicLink(DIR.resolve("sessions/geheim.md"), outside);
        holder.reload();

        Document page = problemsPage("/");
        assertThat(page.select(".problem__location").text()).contains("kaputt.md", "geheim.md");
        assertThat(page.select(".problem__message").text()).contains("„kaputt.md“ ist ein Ordner, keine Datei",
                "„geheim.md“ zeigt auf eine Datei außerhalb des Inhaltsordners");
        assertThat(output.getAll().substring(before)).doesNotContain("\tat ").doesNotContain("IOException")
                .contains("kaputt.md");

        Files.delete(folder);
        Files.delete(link);
        Files.delete(outside);
        holder.reload();
        assertThat(page("/").select("h1").text()).isEqualTo("Testkongress 2025");
    }

    /** Links are checked against the published pages, so a link to a draft is an error in the preview too. */
    @Test
    @Order(7)
    void aLinkToADraftIsTheErrorItIsInProduction() throws Exception {
        CONTENT.replace("programm.md", "      - zweite-session\n", "");
        CONTENT.replace("sessions/zweite-session.md", "format: World Café", DRAFT);
        holder.reload();

        Document page = problemsPage("/");
        assertThat(page.select(".problem__location").eachText())
                .containsExactly(CONTENT.path("sessions/erste-session.md") + ":25:24");
        assertThat(page.select(".problem__message").text())
                .isEqualTo("Der Link „/sessions/zweite-session“ führt zu keiner Seite");
    }

    private Document page(String route) throws Exception {
        MvcResult result = mvc.perform(get(route)).andReturn();
        assertThat(result.getResponse().getStatus()).as(route).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private Document problemsPage(String route) throws Exception {
        MvcResult result = mvc.perform(get(route)).andReturn();
        Document page = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("h1").text()).as(route).startsWith("Der Inhalt enthält");
        return page;
    }
}
