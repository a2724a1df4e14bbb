package de.bmas.microsite.search;

import de.bmas.microsite.content.source.Snapshots;
import de.bmas.microsite.search.SearchOutcome.Empty;
import de.bmas.microsite.search.SearchOutcome.Found;
import de.bmas.microsite.search.SearchOutcome.TooLong;
import de.bmas.microsite.site.Chrome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Random hostile queries against the shipped content: query syntax, control characters, unpaired surrogates,
 * emoji, endless words and 10,000 characters never make the search throw, and the outcome always fits the query.
 * Another seed: {@code -Dhostile.seed=N}; a failure names its seed.
 */
class HostileQueryTest {

    private static final String[] PIECES = {"+", "-", "&&", "||", "!", "(", ")", "{", "}", "[", "]", "^", "\"", "~",
            "*", "?", ":", "\\", "/", "AND", "OR", "NOT", "TO", "title:", "*:*", "~2", "^10", "\u0000", "\u0007",
            "\u001B", "\u007F", "\u0085", "\u200B", "\uFEFF", "\uD800", "\uDFFF", "\uFFFE", "\uFFFF", "😀", "👩‍👩‍👧",
            "\u0301", "ß", "ẞ", "Ä", "ae", "Özdemir", "Fachkräftezuwanderung", "Zuwanderung", "Job", "Turbo", "der",
            "und", " ", "\t", "\n", "<script>", "&amp;", "'", "%00", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "אבג", "日本語"};

    private static SearchIndex index;

    @BeforeAll
    static void indexShippedContent() {
        index = SearchIndex.of(Snapshots.load(Path.of("content")));
    }

    @Test
    void randomHostileQueriesNeverThrowAndGetAFittingOutcome() {
        long seed = Long.getLong("hostile.seed", System.nanoTime());
        Random random = new Random(seed);
        for (int i = 0; i < 2_000; i++) {
            String query = query(random, i);
            try {
                check(query, index.search(query, 1));
            } catch (RuntimeException | AssertionError e) {
                fail("Query %d with -Dhostile.seed=%d: %s".formatted(i, seed, e), e);
            }
        }
    }

    @Test
    void tenThousandCharactersAreTooLong() {
        assertThat(index.search("Zuwanderung ".repeat(834), 1)).isInstanceOf(TooLong.class);
        assertThat(index.search("x".repeat(10_000), 1)).isInstanceOf(TooLong.class);
    }

    @Test
    void theLongestQueriesOfShortAndLongWordsAreAnswered() {
        assertThat(index.search("a b ".repeat(50), 1)).isInstanceOf(Found.class);
        assertThat(index.search("Fachkräftezuwanderungen ".repeat(8).strip(), 1)).isInstanceOf(Found.class);
        assertThat(index.search("Fachkraftezuwanderunx Ausbildunx Weiterbildunx Unternehmenskultux Migrationserfahrunx "
                + "Vernetzungsstellx Schmachtenberx Fussballweltmeisterix Kinderbetreuunx Staatssekretarix", 1))
                .isInstanceOf(Found.class);
    }

    private static String query(Random random, int i) {
        StringBuilder query = new StringBuilder();
        int length = i % 100 == 0 ? 10_000 : random.nextInt(220);
        while (query.length() < length) {
            switch (random.nextInt(3)) {
                case 0 -> query.append(PIECES[random.nextInt(PIECES.length)]);
                case 1 -> query.append((char) random.nextInt(Character.MAX_VALUE + 1));
                default -> query.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
            }
        }
        return query.toString();
    }

    private static void check(String query, SearchOutcome outcome) {
        // invisible formatting characters are dropped, control characters and runs of blanks are one blank, letters
        // and their combining marks one character where Unicode has one
        String text = Normalizer.normalize(query.replaceAll("\\p{Cf}", "").replaceAll("[\\p{Cc}\\s]+", " ").strip(),
                Normalizer.Form.NFC);
        assertThat(outcome.query()).isEqualTo(text);
        if (text.codePointCount(0, text.length()) > Chrome.MAX_QUERY_LENGTH) {
            assertThat(outcome).isInstanceOf(TooLong.class);
        } else if (outcome instanceof Found found) {
            assertThat(found.hits()).hasSizeLessThanOrEqualTo(SearchIndex.PAGE_SIZE);
            assertThat(found.total()).isGreaterThanOrEqualTo(found.hits().size());
            found.hits().forEach(hit -> assertThat(SnippetSafetyTest.markup(hit.snippet())).isEmpty());
        } else {
            assertThat(outcome).isInstanceOf(Empty.class);
        }
    }
}
