package de.bmas.microsite.content.source;

import de.bmas.microsite.content.model.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static de.bmas.microsite.content.source.HostileMarkdown.render;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The renderer's limits on what editors write: bodies it cannot parse in linear time are refused with a German
 * problem the editor can act on, simple HTML is kept, and rendering time grows linearly for hostile inputs.
 */
class MarkdownRenderingLimitsTest {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void nestingThatWouldOverflowTheParsersIsReportedToTheEditor() {
        assertThat(refused("Einleitung.\n\n" + "> - 1. ".repeat(5_000)))
                .containsExactly("sessions/x.md:7:1: Fehler: Der Text ist zu tief verschachtelt – Listen und Zitate "
                        + "(„>“) dürfen nur wenige Ebenen tief ineinander stehen.");
    }

    @Test
    void aParagraphTooLongToParseInLinearTimeIsReportedToTheEditor() {
        assertThat(refused("Einleitung.\n\n" + "``a".repeat(2_000) + "\n" + "``a".repeat(1_400) + "\n\nSchluss."))
                .containsExactly("sessions/x.md:7:1: Fehler: Der Absatz ist zu lang (mehr als 10.000 Zeichen ohne "
                        + "Leerzeile) – Teilen Sie ihn mit Leerzeilen in kürzere Absätze; das liest sich auch "
                        + "leichter.");
    }

    /** „höchstens 10.000 Zeichen“, as the editors' guide says: the line break after a paragraph is not in it. */
    @Test
    void aParagraphOfExactlyTheLimitIsRendered() {
        List<Problem> problems = new ArrayList<>();
        String paragraph = "Wort ".repeat(1_999) + "Ende.";

        String html = renderer.render(session("Einleitung.\n\n" + paragraph + "\n\nSchluss."), Session.class,
                problems).html();

        assertThat(paragraph).hasSize(10_000);
        assertThat(problems).isEmpty();
        assertThat(html).contains("Ende.</p>");
        assertThat(refused("Einleitung.\n\n" + paragraph + "!\n\nSchluss.")).singleElement().asString()
                .contains("Der Absatz ist zu lang");
    }

    @Test
    void htmlWithTooManyTagsIsReportedToTheEditor() {
        assertThat(refused("Einleitung.\n\n" + "<b>fett</b> ".repeat(200) + "\n\n<i>zu viel</i>"))
                .containsExactly("sessions/x.md:9:1: Fehler: Zu viel HTML im Text (mehr als 200 HTML-Tags) – Nutzen "
                        + "Sie Markdown für Hervorhebungen, Listen und Links; HTML ist nur selten nötig.");
    }

    @Test
    void simpleInlineHtmlIsKeptWithoutAWarning() {
        List<Problem> problems = new ArrayList<>();
        String body = "Ein <b>fettes</b> Wort,<br>eine <span>Spanne</span> und <em>Betonung</em>.";

        MarkdownRenderer.Rendered rendered = renderer.render(session(body), Session.class, problems);

        assertThat(problems).isEmpty();
        assertThat(rendered.html()).isEqualTo("<p>Ein <b>fettes</b> Wort,<br>eine <span>Spanne</span> und "
                + "<em>Betonung</em>.</p>\n");
    }

    /** The problems of a body that the renderer refuses to render. */
    private List<String> refused(String body) {
        List<Problem> problems = new ArrayList<>();
        assertThat(renderer.render(session(body), Session.class, problems).html()).isEmpty();
        return problems.stream().map(Problem::toString).toList();
    }

    /** {@code body} as the text of a session file whose text starts on line 5. */
    private static SourceText session(String body) {
        return new SourceText("sessions/x.md", body, "", 2, body, 5);
    }

    /**
     * Inputs the parsers must not get stuck on, in paragraphs of nearly the length editors may write: 10 times the
     * input may take at most 50 times as long. Quadratic work takes 100 times as long in every round; linear work
     * once took 55 times in CI, where the browser checks beside it starve the JIT's compiler threads and a new code
     * path runs interpreted for a while, so slow rounds are measured again. Only the small input is rendered once
     * before it is measured: a cold small input would hide quadratic growth, a cold large one can only cost another
     * round. Flexmark alone needs quadratic time for some of these within a paragraph (unclosed code spans, links
     * and tags), which the limit of 10,000 characters per paragraph bounds; what must stay linear for them is the
     * work across paragraphs, and jsoup's for tags left open across them, so they fill half a paragraph: at nearly
     * the whole they took 19 of this class's 23 s for the same answer. The others keep nearly the whole paragraph.
     * Below 10 ms a measurement is mostly noise, so each input is rendered as often as the small one needs for
     * 10 ms: a pattern rendered in a millisecond would otherwise hide quadratic growth below the noise.
     */
    @ParameterizedTest(name = "{0} in paragraphs of {1} characters")
    @MethodSource("hostilePatterns")
    void renderingTimeGrowsLinearly(String pattern, int paragraph) {
        String small = pattern.repeat(Math.max(1, paragraph / pattern.length()));
        String large = (small + "\n\n").repeat(10);
        render(small);
        int times = (int) Math.max(1, Math.ceil((double) MEASURABLE_NANOS / cpuNanos(small, 1)));
        long smallNanos = cpuNanos(small, times);
        long largeNanos = cpuNanos(large, times);
        for (int round = 1; round < MAX_ROUNDS && !linear(smallNanos, largeNanos); round++) {
            smallNanos = Math.min(smallNanos, cpuNanos(small, times));
            largeNanos = Math.min(largeNanos, cpuNanos(large, times));
        }
        assertThat(linear(smallNanos, largeNanos)).as("%s: %d µs for one paragraph, %d µs for ten, each rendered %d "
                        + "times, in the best of %d rounds", pattern.strip(), smallNanos / 1_000, largeNanos / 1_000,
                times, MAX_ROUNDS).isTrue();
    }

    private static final int MAX_ROUNDS = 8;
    private static final long MEASURABLE_NANOS = 10_000_000;

    private static boolean linear(long smallNanos, long largeNanos) {
        return largeNanos <= 50 * smallNanos;
    }

    static Stream<Arguments> hostilePatterns() {
        Stream<String> linearWithinAParagraph = Stream.of("[", "![", "*a", "**a", "_a", "`", "<", "<!--", "&#",
                "> ", "- ", "  - ", "# ", "|a", "\\", "<https://", "</", "\n", "<div>", "~~~\n", "1. ", "> - 1. ");
        Stream<String> quadraticWithinAParagraph = Stream.of("[a](", "``a", "*[_`<", "<b><i>", "<a href=\"",
                "www.a", "[a]: /b\n");
        return Stream.concat(linearWithinAParagraph.map(pattern -> Arguments.of(pattern, 9_000)),
                quadraticWithinAParagraph.map(pattern -> Arguments.of(pattern, 4_500)));
    }

    /** The CPU time this thread spends on rendering, so that other processes' load does not count. */
    private static long cpuNanos(String markdown, int times) {
        long started = CPU.getCurrentThreadCpuTime();
        for (int i = 0; i < times; i++) {
            render(markdown);
        }
        return CPU.getCurrentThreadCpuTime() - started;
    }
}
