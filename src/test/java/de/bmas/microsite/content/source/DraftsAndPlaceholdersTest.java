package de.bmas.microsite.content.source;

import de.bmas.microsite.content.model.Snapshot;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Content not ready to publish: drafts, which production leaves out and which nothing published may refer to, and
 * placeholders, which are warnings until the real text is there. The preview reports the same errors as production,
 * so that what passes in preview is published.
 */
class DraftsAndPlaceholdersTest extends ContentProblemsFixture {

    @Test
    void sessionRelevantForAStandThatIsADraftIsAnErrorInProduction() {
        content.replace("staende/infostand.md", "nav_title: Infostand", "nav_title: Infostand\ndraft: true");

        assertThat(errors()).containsExactly(
                content.path("sessions/erste-session.md") + ":17:5: Fehler: Stand „infostand“ ist ein Entwurf und "
                        + "wird nicht veröffentlicht – Entfernen Sie „draft: true“ aus „staende/infostand.md“, um "
                        + "die Datei zu veröffentlichen, oder entfernen Sie den Verweis.",
                content.path("sessions/zweite-session.md") + ":8:5: Fehler: Stand „infostand“ ist ein Entwurf und "
                        + "wird nicht veröffentlicht – Entfernen Sie „draft: true“ aus „staende/infostand.md“, um "
                        + "die Datei zu veröffentlichen, oder entfernen Sie den Verweis.");
    }

    @Test
    void placeholdersAreWarnings() {
        content.replace("seiten/impressum.md", "Anbieter ist der Testveranstalter.",
                "Anbieter ist der Testveranstalter.\n\nE-Mail: redaktion@example.org (TODO)");

        assertThat(problems()).containsExactly(
                content.path("seiten/impressum.md") + ":8:19: Warnung: Platzhalter-Adresse „example.org“ – "
                        + "Ersetzen Sie sie durch die echte Adresse, sobald sie bekannt ist.",
                content.path("seiten/impressum.md") + ":8:32: Warnung: Offener Punkt „TODO“ – "
                        + "Ergänzen Sie den fehlenden Text oder entfernen Sie den Vermerk.");
    }

    @Test
    void pageMarkedAsPlaceholderIsAWarning() {
        content.replace("seiten/impressum.md", "menu: footer", "menu: footer\nplaceholder: true");

        assertThat(problems()).containsExactly(
                content.path("seiten/impressum.md") + ":5:14: Warnung: Die Seite ist als Platzhalter markiert – "
                        + "Entfernen Sie „placeholder: true“, sobald alle Angaben echt sind.");
    }

    @Test
    void referenceToADraftIsAnErrorInProduction() {
        content.replace("sessions/zweite-session.md", "format: World Café", "format: World Café\ndraft: true");

        List<String> errors = loader.load(dir, false).report().errors().stream().map(Problem::toString).toList();

        assertThat(errors).containsExactly(
                content.path("programm.md") + ":17:9: Fehler: Session „zweite-session“ ist ein Entwurf und wird nicht "
                        + "veröffentlicht – Entfernen Sie „draft: true“ aus „sessions/zweite-session.md“, um die Datei "
                        + "zu veröffentlichen, oder entfernen Sie den Verweis.");
    }

    /** The preview shows drafts, but must not let pass what production refuses. */
    @Test
    void referenceToADraftIsTheSameErrorInPreview() {
        content.replace("sessions/zweite-session.md", "format: World Café", "format: World Café\ndraft: true");

        assertThat(loader.load(dir, true).report().errors()).isEqualTo(loader.load(dir, false).report().errors())
                .singleElement().extracting(Problem::message)
                .isEqualTo("Session „zweite-session“ ist ein Entwurf und wird nicht veröffentlicht");
    }

    @Test
    void aMistypedReferenceGetsTheSameAdviceInPreviewWithoutNamingDrafts() {
        content.write("sessions/zweite-sitzung.md", "---\ntitle: Entwurf\nformat: Panel\nteaser: Noch nicht "
                + "fertig.\ndraft: true\n---\nText.\n");
        content.replace("programm.md", "      - zweite-session", "      - zweite-sesion");

        assertThat(loader.load(dir, true).report().errors()).isEqualTo(loader.load(dir, false).report().errors())
                .singleElement().extracting(Problem::hint).asString()
                .startsWith("Meinten Sie „zweite-session“?").doesNotContain("zweite-sitzung");
    }

    @Test
    void aDraftMayReferToAnotherDraft() {
        content.write("themen/entwurfs-thema.md", "---\ntitle: Entwurfsthema\nteaser: Noch nicht fertig.\n"
                + "draft: true\n---\n");
        content.write("sessions/entwurf.md", "---\ntitle: Entwurf\nformat: Panel\nteaser: Noch nicht fertig.\n"
                + "topics:\n  - entwurfs-thema\ndraft: true\n---\nText.\n");

        assertThat(loader.load(dir, true).report().problems()).isEmpty();
        assertThat(loader.load(dir, false).report().problems()).isEmpty();
    }

    @Test
    void draftsAreLeftOutOfAProductionSnapshot() {
        content.write("sessions/entwurf.md", "---\ntitle: Entwurf\nformat: Panel\nteaser: Noch nicht fertig.\n"
                + "draft: true\n---\nText.\n");

        Snapshot production = Snapshots.published(loader.load(dir, false)).orElseThrow();
        Snapshot preview = Snapshots.published(loader.load(dir, true)).orElseThrow();

        assertThat(production.sessions(List.of("entwurf"))).isEmpty();
        assertThat(preview.sessions(List.of("entwurf"))).hasSize(1);
    }
}
