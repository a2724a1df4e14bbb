package de.bmas.microsite.content.source;

import de.bmas.microsite.accessibility.NuHtmlChecker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static de.bmas.microsite.content.source.ExecutableMarkup.executableIn;
import static de.bmas.microsite.content.source.HostileMarkdown.OWASP;
import static de.bmas.microsite.content.source.HostileMarkdown.SEED;
import static de.bmas.microsite.content.source.HostileMarkdown.randomText;
import static de.bmas.microsite.content.source.HostileMarkdown.render;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile and random Markdown, the OWASP XSS filter evasion cases among them, through the renderer: the body holds
 * nothing a browser would execute, judged by parsing it as a browser would, and it is valid HTML (Nu).
 *
 * <p>The random cases name their seed when they fail; repeat a run with {@code -Dhostile.seed=N}.
 */
class HostileMarkdownRenderingTest {

    static Stream<String> owasp() {
        return OWASP.stream();
    }

    /** Random documents from the fragments, repeatable by the seed. */
    static Stream<String> randomDocuments() {
        Random random = new Random(SEED);
        return IntStream.range(0, 400).mapToObj(i -> randomText(random, 1 + random.nextInt(60)));
    }

    @ParameterizedTest
    @MethodSource("owasp")
    void owaspCasesRenderToInertMarkup(String markdown) {
        assertThat(executableIn(renderOnce(markdown), true)).isEmpty();
    }

    /** The judge itself: unsanitised, these would run or reframe; it must see every one of them. */
    @ParameterizedTest
    @MethodSource("executableMarkup")
    void theJudgeRecognisesExecutableMarkup(String html) {
        assertThat(executableIn(html, true)).isNotEmpty();
        assertThat(executableIn("<!DOCTYPE html><html><head></head><body>" + html + "</body></html>", false))
                .isNotEmpty();
    }

    static Stream<String> executableMarkup() {
        return Stream.of("<img src=x onerror=alert(1)>", "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
                "<a href=\"&#106;avascript:alert(1)\">x</a>", "<a href=\"data:text/html,x\">x</a>",
                "<iframe src=/></iframe>", "<svg onload=alert(1)>", "<form action=/x></form>", "<base href=/>",
                "<meta http-equiv=refresh content=0;url=/>", "<style>*{}</style>", "<p style=color:red>x</p>",
                "<object data=/x></object>", "<embed src=/x>", "<img src=\"vbscript:msgbox(1)\">",
                "<script type=\"application/ld+json\">{\"a\":1}</script><script>alert(1)</script>",
                "<script type=\"application/ld+json\">{\"a\":\"</script>");
    }

    @ParameterizedTest
    @MethodSource("randomDocuments")
    void randomDocumentsRenderToInertMarkup(String markdown) {
        assertThat(executableIn(renderOnce(markdown), true)).as("seed %d, input %s", SEED, markdown).isEmpty();
    }

    /**
     * Whatever the input, the renderer's HTML is valid: the Nu Html Checker finds no error in the body of any OWASP
     * or random case. Control characters are taken out first, as the loader refuses them before rendering.
     */
    @Test
    void everyCaseRendersToValidHtml(@TempDir Path cases) throws Exception {
        NuHtmlChecker.require();
        List<String> inputs = Stream.concat(owasp(), randomDocuments())
                .map(ControlCharacters::strip).toList();
        for (int i = 0; i < inputs.size(); i++) {
            Files.writeString(cases.resolve("case-" + i + ".html"), "<!DOCTYPE html><html lang=\"de\"><head>"
                    + "<meta charset=\"utf-8\"><title>Fall " + i + "</title></head><body><main>\n"
                    + renderOnce(inputs.get(i)) + "</main></body></html>\n", StandardCharsets.UTF_8);
        }

        String errors = NuHtmlChecker.errors(cases);

        List<String> failing = Pattern.compile("case-(\\d+)\\.html").matcher(errors).results()
                .map(found -> Integer.parseInt(found.group(1))).distinct().sorted()
                .map(i -> "case " + i + ": " + inputs.get(i)).toList();
        assertThat(errors).as("seed %d%n%s", SEED, String.join("\n", failing)).isEmpty();
    }

    /**
     * Elements the sanitizer removes no longer leave their content where no parser would put it: a table inside
     * MathML text or a button once ended up inside a paragraph. Before: {@code <p>Text <table></table></p>}.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Text <math><mtext><table><mglyph><style><img src=x onerror=alert(1)>  | <p>Text </p>",
            "x <button><table><tr><td>a</td></tr></table></button>                | <p>x </p><table><tbody><tr>"
                    + "<td>a</td></tr></tbody></table><p></p>",
            "## Titel <table><tr><td>Zelle</td></tr></table>                      | <h3 id=\"titel-zelle\">Titel "
                    + "Zelle</h3>",
            "<menu><li>Punkt</li></menu>                                          | Punkt",
            "<ul><p>Absatz</p><li>Punkt</li></ul>                                 | <ul><li><p>Absatz</p></li>"
                    + "<li>Punkt</li></ul>",
            "<table>Text<tr><td>Zelle</td></tr></table>                           | Text<table><tbody><tr><td>"
                    + "Zelle</td></tr></tbody></table>",
            "<a href=\"/a\">eins <object><a href=\"/b\">zwei</a></object></a>     | <p><a href=\"/a\">eins </a>"
                    + "<a href=\"/b\">zwei</a></p>",
            "Ein <span lang=\"x y\">Wort</span> und <span lang=en>word</span>     | <p>Ein <span>Wort</span> und "
                    + "<span lang=\"en\">word</span></p>"})
    void removedElementsLeaveValidStructure(String markdown, String html) {
        assertThat(render(markdown).strip()).isEqualTo(html);
    }

    /** Rendered bodies by input: the validity check reuses what the inertness cases rendered. */
    private static final Map<String, String> RENDERED = new ConcurrentHashMap<>();

    private String renderOnce(String markdown) {
        return RENDERED.computeIfAbsent(markdown, HostileMarkdown::render);
    }
}
