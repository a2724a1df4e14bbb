package de.bmas.microsite.search;

import de.bmas.microsite.content.source.Snapshots;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relevance set on the shipped content: for each query the page a visitor expects first. Covers compounds
 * and their parts, inflections, umlauts and their transliterations, names and typing errors.
 */
class RelevanceTest {

    private static SearchIndex index;

    @BeforeAll
    static void indexShippedContent() {
        index = SearchIndex.of(Snapshots.load(Path.of("content")));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # compounds and their parts
            Zuwanderung                          | /themen/fachkraeftezuwanderung
            Fachkräftezuwanderung                | /themen/fachkraeftezuwanderung
            Weltmeisterin                        | /personen/steffi-jones
            Kultur                               | /themen/unternehmenskultur
            Datenschutz                          | /datenschutz
            Gebärdensprache                      | /barrierefreiheit
            Vernetzungsstelle                    | /my-turn
            Fachkräftepreis                      | /programm
            Fußball                              | /personen/steffi-jones
            Flüchtlinge                          | /personen/sascha-dietrich
            Frauen mit Migrationshintergrund     | /my-turn
            # a word typed as two
            Key Note                             | /sessions/keynote-steffi-jones
            Info-Stand                           | /my-turn
            Mini-Job                             | /my-turn
            # inflections
            Ausbildungen                         | /themen/aus-und-weiterbildung
            Weiterbildungen                      | /themen/aus-und-weiterbildung
            Unternehmenskulturen                 | /themen/unternehmenskultur
            Praktikum                            | /themen/aus-und-weiterbildung
            digitalen Chance                     | /themen/digitale-chancen
            weibliche Fachkraft                  | /sessions/empowerment-fuer-weibliche-fachkraefte
            # umlauts, ß and their transliterations, other accents
            Fachkraeftezuwanderung               | /themen/fachkraeftezuwanderung
            Özdemir                              | /personen/cem-oezdemir
            Oezdemir                             | /personen/cem-oezdemir
            Ozdemir                              | /personen/cem-oezdemir
            auslaendischer Fachkraefte           | /sessions/integration-auslaendischer-fachkraefte
            Fussballweltmeisterin                | /personen/steffi-jones
            Dujic                                | /personen/ana-dujic
            Cafe Moskau                          | /
            # names and titles
            Cem Özdemir                          | /personen/cem-oezdemir
            Steffi Jones                         | /personen/steffi-jones
            Sascha Dietrich                      | /personen/sascha-dietrich
            Gupte                                | /personen/ajit-vinayak-gupte
            Kristina Duwe                        | /personen/kristina-duwe
            Job Turbo                            | /sessions/erkenntnisse-und-impulse-aus-dem-job-turbo
            Job-Turbo                            | /sessions/erkenntnisse-und-impulse-aus-dem-job-turbo
            Jobturbo                             | /sessions/erkenntnisse-und-impulse-aus-dem-job-turbo
            MYTURN                               | /my-turn
            Mehr Power                           | /
            KI                                   | /sessions/ki-diy-style
            Keynote                              | /sessions/keynote-steffi-jones
            Empowerment                          | /sessions/empowerment-fuer-weibliche-fachkraefte
            Skilled Labour                       | /sessions/skilled-labour-from-india-to-germany
            MY TURN                              | /my-turn
            Impressum                            | /impressum
            Leichte Sprache                      | /leichte-sprache
            Programm                             | /programm
            Hapag-Lloyd                          | /personen/kristina-duwe
            Learn for Life                       | /themen/unternehmenskultur
            Wasserbetriebe                       | /themen/aus-und-weiterbildung
            Frauen                               | /my-turn
            Job:Turbo                            | /sessions/erkenntnisse-und-impulse-aus-dem-job-turbo
            Dr.Dietrich                          | /personen/sascha-dietrich
            # words in the order of a page's text, a word the texts lack beside words they have
            Fachkräfte aus Indien                | /sessions/skilled-labour-from-india-to-germany
            Keynote Vortrag                      | /sessions/keynote-steffi-jones
            # one typing error in a word of six or more letters
            Schmachtenburg                       | /personen/rolf-schmachtenberg
            Fachkräftezuwandrung                 | /themen/fachkraeftezuwanderung
            Unternehmenskutlur                   | /themen/unternehmenskultur
            Empowermnet                          | /sessions/empowerment-fuer-weibliche-fachkraefte
            Barrierefreiheti                     | /barrierefreiheit
            Kinderbetreung                       | /themen/fachkraeftezuwanderung
            Ozdemier                             | /personen/cem-oezdemir
            Gupta                                | /personen/ajit-vinayak-gupte
            Kongres                              | /
            Ausbildugen                          | /themen/aus-und-weiterbildung
            """)
    void firstResult(String query, String expectedRoute) {
        SearchOutcome outcome = index.search(query, 1);

        assertThat(outcome).isInstanceOf(SearchOutcome.Found.class);
        assertThat(((SearchOutcome.Found) outcome).hits()).first()
                .extracting(SearchHit::route).isEqualTo(expectedRoute);
    }
}
