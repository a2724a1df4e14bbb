package de.bmas.microsite.search;

import de.bmas.microsite.content.source.Problem;
import de.bmas.microsite.testing.FixtureSite;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code hidden_keywords} in {@code veranstaltung.md}: an entry the A–Z index does not list as a term hides nothing,
 * which {@code check} and the preview say at the entry; one it lists, in any case, is no problem.
 */
class HiddenKeywordsCheckTest extends FixtureSite {

    @Test
    void aHiddenTermTheIndexDoesNotListIsAWarningAtItsEntry() {
        content.replace("veranstaltung.md", "image: /bilder/saal.png",
                "hidden_keywords:\n  - prüfungen\n  - Prüfungn\n  - Testhaus\nimage: /bilder/saal.png");

        assertThat(builder.build().report().problems()).extracting(Problem::toString).containsExactly(
                content.path("veranstaltung.md") + ":20:5: Warnung: „Prüfungn“ steht nicht als Begriff in den "
                        + "Stichwörtern A–Z – Ausblenden lassen sich nur Begriffe, die unter /stichwoerter stehen, "
                        + "so geschrieben wie dort (Groß- und Kleinschreibung egal); Personen, Themen, Infostände und "
                        + "Seiten bleiben immer. Prüfen Sie die Schreibweise, oder entfernen Sie den Eintrag.",
                content.path("veranstaltung.md") + ":21:5: Warnung: „Testhaus“ steht nicht als Begriff in den "
                        + "Stichwörtern A–Z – Ausblenden lassen sich nur Begriffe, die unter /stichwoerter stehen, "
                        + "so geschrieben wie dort (Groß- und Kleinschreibung egal); Personen, Themen, Infostände und "
                        + "Seiten bleiben immer. Prüfen Sie die Schreibweise, oder entfernen Sie den Eintrag.");
    }
}
