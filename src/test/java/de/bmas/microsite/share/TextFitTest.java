package de.bmas.microsite.share;

import org.junit.jupiter.api.Test;

import java.awt.Font;
import java.awt.font.TextLayout;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextFitTest {

    private static final double WIDTH = 1040;
    private static final double HEIGHT = 260;
    private static final String LONG = "„Mehr Power fürs Fachkräfteland!“ – Erkenntnisse und Impulse aus dem Job-Turbo, "
            + "der Fachkräftesicherung und der Weiterbildung in kleinen und mittleren Unternehmen im ländlichen Raum "
            + "sowie in der Großstadt, dazu Stimmen aus Ausbildung, Beratung und Verwaltung";

    @Test
    void charactersTheFontLacksAreLeftOutNotDrawnAsBoxes() {
        assertThat(fit("Mehr Power 🚀 & Co. 中").lines()).containsExactly("Mehr Power & Co.");
    }

    @Test
    void aShortTitleIsSetLargeOnOneLine() {
        TextFit.Fitted fitted = fit("Programm");

        assertThat(fitted.lines()).containsExactly("Programm");
        assertThat(fitted.font().getSize2D()).isEqualTo(64f);
    }

    @Test
    void aLongerTitleShrinksAndWrapsBetweenWordsWithoutLosingAWord() {
        String title = "Erkenntnisse und Impulse aus dem Job-Turbo für kleine und mittlere Unternehmen "
                + "im ländlichen Raum und in der Großstadt";

        TextFit.Fitted fitted = fit(title);

        assertThat(fitted.lines()).hasSizeGreaterThan(2);
        assertThat(fitted.font().getSize2D()).isLessThan(64f).isGreaterThanOrEqualTo(44f);
        assertThat(String.join(" ", fitted.lines())).isEqualTo(title);
        assertWithinWidth(fitted);
        assertThat(fitted.height()).isLessThanOrEqualTo(HEIGHT);
    }

    @Test
    void theLinesAreBalancedSoThatNoWordStandsAloneOnTheLast() {
        TextFit.Fitted fitted = fit("MY TURN – Frauen mit Migrationserfahrung starten durch");

        assertThat(fitted.lines()).containsExactly("MY TURN – Frauen mit", "Migrationserfahrung", "starten durch");
        assertThat(fitted.font().getSize2D()).isEqualTo(64f);
    }

    @Test
    void aTitleTooLongEvenAtTheSmallestSizeEndsAfterAWholeWordWithAnEllipsis() {
        TextFit.Fitted fitted = fit(LONG);

        assertThat(fitted.font().getSize2D()).isEqualTo(44f);
        assertThat(fitted.height()).isLessThanOrEqualTo(HEIGHT);
        assertWithinWidth(fitted);
        String shown = String.join(" ", fitted.lines());
        assertThat(shown).endsWith(" …");
        String kept = shown.substring(0, shown.length() - 2);
        assertThat(LONG).startsWith(kept);
        assertThat(LONG.charAt(kept.length())).as("the next character after the kept text").isEqualTo(' ');
    }

    @Test
    void everyLineIsMadeOfWholeWordsOfTheTitle() {
        List<String> words = Arrays.asList(LONG.split(" "));

        for (String line : fit(LONG).lines()) {
            for (String word : line.replace(" …", "").split(" ")) {
                assertThat(words).as("words of line „%s“", line).contains(word);
            }
        }
    }

    @Test
    void aDashStaysWithTheWordBeforeIt() {
        // the box is just wide enough for the quote, so a dash set as a word of its own would start the next line
        double width = TextFit.width("„Mehr Power fürs Fachkräfteland!“", Drawing.BOLD.deriveFont(44f)) + 1;

        TextFit.Fitted fitted = TextFit.fit("„Mehr Power fürs Fachkräfteland!“ – Impulse", Drawing.BOLD, 44, 44,
                width, HEIGHT);

        assertThat(fitted.lines()).containsExactly("„Mehr Power fürs", "Fachkräfteland!“ – Impulse");
    }

    @Test
    void aCompoundMayBreakAfterItsHyphenButNowhereElse() {
        Font font = Drawing.BOLD.deriveFont(44f);
        double width = TextFit.width("Einwanderungsgesetz", font) + 1;

        TextFit.Fitted fitted = TextFit.fit("Fachkräfte-Einwanderungsgesetz", Drawing.BOLD, 44, 44, width, HEIGHT);

        assertThat(fitted.lines()).containsExactly("Fachkräfte-", "Einwanderungsgesetz");
        assertWithinWidth(fitted, width);
    }

    @Test
    void aCompoundThatFitsOnALineStaysWhole() {
        Font font = Drawing.REGULAR.deriveFont(30f);
        double width = Math.max(TextFit.width("Cafe Moskau, Karl-", font),
                TextFit.width("Karl-Marx-Allee 34", font)) + 1;

        TextFit.Fitted fitted = TextFit.fit("Cafe Moskau, Karl-Marx-Allee 34", Drawing.REGULAR, 30, 30, width, HEIGHT);
        // balancing would give the evener „Ab Karl-“ and „Marx-Allee“ if it were allowed to break the compound
        TextFit.Fitted balanced = TextFit.fit("Ab Karl-Marx-Allee", Drawing.REGULAR, 30, 30,
                TextFit.width("Karl-Marx-Allee", font) + 1, HEIGHT);

        assertThat(fitted.lines()).containsExactly("Cafe Moskau,", "Karl-Marx-Allee 34");
        assertThat(balanced.lines()).containsExactly("Ab", "Karl-Marx-Allee");
    }

    @Test
    void aWordWiderThanTheBoxAtTheSmallestSizeMakesTheFontSmallerInsteadOfBeingCut() {
        String word = "Fachkräfteeinwanderungsgesetzesänderungsverordnungsentwurf";

        TextFit.Fitted fitted = fit(word);

        assertThat(fitted.font().getSize2D()).isLessThan(44f);
        assertThat(fitted.lines()).containsExactly(word);
        assertWithinWidth(fitted);
    }

    @Test
    void aBlankTextHasNoLines() {
        assertThat(fit("  ").lines()).isEmpty();
    }

    @Test
    void theBundledFontsHaveEveryGlyphOfGermanTypography() {
        String german = "„Anführung“ ‚halbe‘ »Chevrons« – Gedankenstrich — Geviert … ÄÖÜäöüß ẞ · € § ° ²";

        assertThat(Drawing.REGULAR.canDisplayUpTo(german)).isEqualTo(-1);
        assertThat(Drawing.BOLD.canDisplayUpTo(german)).isEqualTo(-1);
    }

    private static TextFit.Fitted fit(String title) {
        return TextFit.fit(title, Drawing.BOLD, 64, 44, WIDTH, HEIGHT);
    }

    private static void assertWithinWidth(TextFit.Fitted fitted) {
        assertWithinWidth(fitted, WIDTH);
    }

    /** Measured as drawn: a text layout of the line in the fitted font with the drawing's render context. */
    private static void assertWithinWidth(TextFit.Fitted fitted, double width) {
        for (String line : fitted.lines()) {
            double advance = new TextLayout(line, fitted.font(), Drawing.FRC).getAdvance();
            assertThat(advance).as("width of „%s“", line).isLessThanOrEqualTo(width);
        }
    }
}
