package de.bmas.microsite.person;

import de.bmas.microsite.testing.FixtureSite;
import de.bmas.microsite.testing.RenderedPages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A quote on a person's page names its session by the linked title, which sets it off without quotation marks. */
class PersonQuotesTest extends FixtureSite {

    @Test
    void aSessionTitleWithQuotationMarksIsNotQuotedAgain() {
        content.replace("sessions/erste-session.md", "title: Erste Session", "title: Werkstatt „Mut zur Lücke“");

        var person = RenderedPages.page(build(), "/personen/anna-beispiel");

        assertThat(person.select("#zitate ~ figure figcaption").text())
                .isEqualTo("in der Session Werkstatt „Mut zur Lücke“");
    }
}
