package de.bmas.microsite.content.source;

import de.bmas.microsite.MicrositeApplication;
import de.bmas.microsite.accessibility.NuHtmlChecker;
import de.bmas.microsite.content.model.Session;
import de.bmas.microsite.site.RenderedSite;
import de.bmas.microsite.site.Routes;
import de.bmas.microsite.site.PreparedResponse;
import de.bmas.microsite.site.SiteBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile and random Markdown and front matter, the OWASP XSS filter evasion cases among them, through the
 * renderer and through whole pages: nothing throws, time grows linearly, and no output holds anything a browser
 * would execute, judged by parsing it as a browser would.
 *
 * <p>The random cases draw a new seed on every run and name it when they fail; repeat a run with
 * {@code -Dhostile.seed=N}.
 */
class MarkdownSecurityPropertiesTest {

    /** From the OWASP XSS Filter Evasion Cheat Sheet, plus the Markdown spellings of the same tricks. */
    static final List<String> OWASP = List.of(
            "<script>alert('XSS')</script>",
            "<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>",
            "javascript:/*--></title></style></textarea></script></xmp><svg/onload='+/\"/+/onmouseover=1/+/[*/[]/"
                    + "+alert(1)//'>",
            "<IMG SRC=\"javascript:alert('XSS');\">",
            "<IMG SRC=JaVaScRiPt:alert('XSS')>",
            "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
            "<a onmouseover=\"alert(document.cookie)\">xxs link</a>",
            "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\"\\>",
            "<IMG SRC=# onmouseover=\"alert('xxs')\">",
            "<IMG SRC=/ onerror=\"alert(String.fromCharCode(88,83,83))\"></img>",
            "<img src=x onerror=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112"
                    + "&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088"
                    + "&#0000083&#0000083&#0000039&#0000041\">",
            "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;"
                    + "&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
            "<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27"
                    + "&#x58&#x53&#x53&#x27&#x29>",
            "<IMG SRC=\"jav\tascript:alert('XSS');\">",
            "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">",
            "<IMG SRC=\"jav&#x0A;ascript:alert('XSS');\">",
            "<IMG SRC=\"jav&#x0D;ascript:alert('XSS');\">",
            "<IMG SRC=\" &#14;  javascript:alert('XSS');\">",
            "<SCRIPT/XSS SRC=\"https://xss.example/xss.js\"></SCRIPT>",
            "<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert(\"XSS\")>",
            "<<SCRIPT>alert(\"XSS\");//\\<</SCRIPT>",
            "<SCRIPT SRC=https://xss.example/xss.js?< B >",
            "</TITLE><SCRIPT>alert(\"XSS\");</SCRIPT>",
            "<INPUT TYPE=\"IMAGE\" SRC=\"javascript:alert('XSS');\">",
            "<BODY BACKGROUND=\"javascript:alert('XSS')\">",
            "<IMG DYNSRC=\"javascript:alert('XSS')\">",
            "<IMG LOWSRC=\"javascript:alert('XSS')\">",
            "<STYLE>li {list-style-image: url(\"javascript:alert('XSS')\");}</STYLE><UL><LI>XSS</br>",
            "<IMG SRC='vbscript:msgbox(\"XSS\")'>",
            "<svg/onload=alert('XSS')>",
            "<svg><script>alert(1)</script></svg>",
            "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
            "<BR SIZE=\"&{alert('XSS')}\">",
            "<LINK REL=\"stylesheet\" HREF=\"javascript:alert('XSS');\">",
            "<STYLE>@import'https://xss.example/xss.css';</STYLE>",
            "<META HTTP-EQUIV=\"Link\" Content=\"<https://xss.example/xss.css>; REL=stylesheet\">",
            "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert('XSS');\">",
            "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=data:text/html base64,"
                    + "PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4K\">",
            "<IFRAME SRC=\"javascript:alert('XSS');\"></IFRAME>",
            "<IFRAME SRC=# onmouseover=\"alert(document.cookie)\"></IFRAME>",
            "<FRAMESET><FRAME SRC=\"javascript:alert('XSS');\"></FRAMESET>",
            "<TABLE BACKGROUND=\"javascript:alert('XSS')\">",
            "<TABLE><TD BACKGROUND=\"javascript:alert('XSS')\">",
            "<DIV STYLE=\"background-image: url(javascript:alert('XSS'))\">",
            "<DIV STYLE=\"width: expression(alert('XSS'));\">",
            "<IMG STYLE=\"xss:expr/*XSS*/ession(alert('XSS'))\">",
            "<BASE HREF=\"javascript:alert('XSS');//\">",
            "<OBJECT TYPE=\"text/x-scriptlet\" DATA=\"https://xss.example/scriptlet.html\"></OBJECT>",
            "<EMBED SRC=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\" type=\"image/svg+xml\" "
                    + "AllowScriptAccess=\"always\"></EMBED>",
            "<form action=\"javascript:alert(1)\"><button>X</button></form>",
            "<button formaction=\"javascript:alert(1)\">X</button>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
            "<details open ontoggle=alert(1)>",
            "<video><source onerror=\"alert(1)\"></video>",
            "<!--[if gte IE 4]><SCRIPT>alert('XSS');</SCRIPT><![endif]-->",
            "<XSS STYLE=\"behavior: url(xss.htc);\">",
            "<? echo('<SCR)';echo('IPT>alert(\"XSS\")</SCRIPT>'); ?>",
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
            "<a href=\"&#x6A;avascript:alert(1)\">x</a>",
            "<a href=\"  javascript:alert(1)\">x</a>",
            "<a href=\"java\u0000script:alert(1)\">x</a>",
            "<template><script>alert(1)</script></template>",
            "<object data=\"javascript:alert(1)\"></object>",
            "<img srcset=\"javascript:alert(1) 1x\">",
            "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
            "<a href=\"javascript&colon;alert(1)\">x</a>",
            "[x](javascript:alert(1))",
            "[x](JaVaScRiPt:alert(1))",
            "[x](javascript&#58;alert(1))",
            "[x](&#106;avascript:alert(1))",
            "[x]( javascript:alert(1) )",
            "[x](<javascript:alert(1)>)",
            "![x](javascript:alert(1))",
            "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
            "[x](vbscript:msgbox(1))",
            "[x][r]\n\n[r]: javascript:alert(1)",
            "<javascript:alert(1)>",
            "[x](data:text/html,<script>alert(1)</script>)",
            "[a](javascript:alert&#40;1&#41;)",
            "`<script>alert(1)</script>`",
            "```html\n<script>alert(1)</script>\n```",
            "[<img src=x onerror=alert(1)>](https://example.com)",
            "[x](https://example.com \"title\\\" onmouseover=\\\"alert(1)\")",
            "<https://example.com/\" onmouseover=\"alert(1)>",
            "www.example.com/<script>alert(1)</script>",
            "| a |\n|---|\n| <script>alert(1)</script> |",
            "> <script>alert(1)</script>\n> [x](javascript:alert(1))",
            "- <img src=x onerror=alert(1)>\n  - [x](javascript:alert(1))",
            "\"><script>alert(1)</script>",
            "'--></style></script><script>alert(1)</script>",
            "</script><script>alert(1)</script>",
            "{\"@context\":\"https://schema.org\"}</script><script>alert(1)</script>",
            "&lt;script&gt;alert(1)&lt;/script&gt;");

    /** Material for random documents: Markdown syntax, HTML, entities, schemes and awkward characters. */
    private static final List<String> FRAGMENTS = List.of("[", "]", "(", ")", "![", "](", "<", ">", "</", "/>",
            "*", "**", "_", "`", "```", "~~~", "#", "## ", "> ", "- ", "1. ", "|", "---", "\n", "\n\n", "  \n",
            "\t", " ", "&", "&#", "&#x", ";", "\"", "'", "=", ":", "javascript:", "JaVaScRiPt:", "java\tscript:",
            "vbscript:", "data:", "data:text/html,", "&#106;", "&#x6A;", "&colon;", "%6A", "\\", "<script>",
            "</script>", "<img src=x ", "onerror=", "onload=", "<a href=", "<svg ", "<math>", "<style>",
            "<iframe ", "<object ", "<embed ", "<form action=", "<base href=", "<meta http-equiv=refresh ",
            "style=", "alert(1)", "https://example.com", "/sessions", "\u0000", "\u202e", "\u200b", "\ufeff",
            "\ud83d\ude00", "ä", "ß", "„", "“", "–", "<!--", "-->", "<![CDATA[", "]]>", "{{", "}}", "${", "[[",
            "]]", "@{", "th:utext=", "*{", "#{",
            // structure that parsers accept where HTML forbids it, and elements whose removal moves their content
            "<table>", "<tr>", "<td>", "<th scope=x>", "<td colspan=0>", "<caption>", "<ul>", "<ol start=x>",
            "<li>", "<dl>", "<dd>", "<div>", "<p>", "</p>", "<b>", "<h2>", "<h2 id=x>", "<a href=/x>", "</a>",
            "<math><mtext>", "<mglyph>", "<button>", "<select>", "<template>", "<object>", "<marquee>", "&#14;",
            "<span lang=en>", "<span lang=\"x y\">", "mailto:", "info@example.org", "<info@example.org>");

    static final long SEED = Long.getLong("hostile.seed", new Random().nextLong());
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "poster",
            "background", "cite", "data", "xlink:href", "srcset", "longdesc", "lowsrc", "dynsrc", "srcdoc", "code",
            "codebase", "manifest", "ping", "icon", "usemap");
    private static final Set<String> EXECUTABLE_SCHEMES = Set.of("javascript:", "vbscript:", "data:",
            "livescript:");
    private static final Set<String> NEVER_IN_A_PAGE = Set.of("iframe", "frame", "frameset", "object", "embed",
            "applet", "form", "base", "style", "input", "button", "textarea", "select");
    private static final Set<String> NEVER_IN_A_BODY = Set.of("script", "svg", "math", "link", "meta", "template",
            "noscript", "title", "xmp", "plaintext", "video", "audio", "source", "details");

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    static Stream<String> owasp() {
        return OWASP.stream();
    }

    /** Random documents from the fragments, repeatable by the seed. */
    static Stream<String> randomDocuments() {
        Random random = new Random(SEED);
        return IntStream.range(0, 400).mapToObj(i -> randomText(random, 1 + random.nextInt(60)));
    }

    private static String randomText(Random random, int fragments) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < fragments; i++) {
            switch (random.nextInt(4)) {
                case 0 -> text.append(OWASP.get(random.nextInt(OWASP.size())));
                case 1 -> text.appendCodePoint(random.nextInt(0x3000));
                default -> text.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
            }
        }
        return text.toString();
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
            "## Titel <table><tr><td>Zelle</td></tr></table>                      | <h2 id=\"titel-zelle\">Titel "
                    + "Zelle</h2>",
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
     * Inputs the parsers must not get stuck on, in paragraphs of the longest length editors may write: 10 times
     * the input may take at most 50 times as long. Quadratic work takes 100 times as long in every round; linear
     * work once took 55 times in CI, where the browser checks beside it starve the JIT's compiler threads and a
     * new code path runs interpreted for a while, so slow rounds are measured again. Flexmark alone needs
     * quadratic time for some of these within a paragraph (unclosed code spans, links and tags), and jsoup for
     * tags left open across paragraphs.
     */
    @ParameterizedTest
    @MethodSource("hostilePatterns")
    void renderingTimeGrowsLinearly(String pattern) {
        String small = pattern.repeat(Math.max(1, 9_000 / pattern.length()));
        String large = (small + "\n\n").repeat(10);
        render(small);
        render(large);
        long smallNanos = Long.MAX_VALUE;
        long largeNanos = Long.MAX_VALUE;
        for (int round = 0; round < MAX_ROUNDS && !(round >= 2 && linear(smallNanos, largeNanos)); round++) {
            smallNanos = Math.min(smallNanos, cpuNanos(small));
            largeNanos = Math.min(largeNanos, cpuNanos(large));
        }
        assertThat(linear(smallNanos, largeNanos)).as("%s: %d µs for one paragraph, %d µs for ten in the best of "
                + "%d rounds", pattern.strip(), smallNanos / 1_000, largeNanos / 1_000, MAX_ROUNDS).isTrue();
    }

    private static final int MAX_ROUNDS = 8;

    /** Below 10 ms a measurement is mostly noise. */
    private static boolean linear(long smallNanos, long largeNanos) {
        return largeNanos <= 50 * Math.max(smallNanos, 10_000_000);
    }

    static Stream<String> hostilePatterns() {
        return Stream.of("[", "![", "*a", "**a", "_a", "`", "<", "<!--", "&#", "> ", "- ", "  - ",
                "# ", "|a", "\\", "<https://", "</", "\n", "<div>", "~~~\n",
                "1. ", "[a](", "``a", "*[_`<", "<b><i>", "<a href=\"", "www.a", "[a]: /b\n", "> - 1. ");
    }

    /** Rendered bodies by input: the validity check reuses what the inertness cases rendered. */
    private static final Map<String, String> RENDERED = new ConcurrentHashMap<>();

    private String renderOnce(String markdown) {
        return RENDERED.computeIfAbsent(markdown, this::render);
    }

    private String render(String markdown) {
        List<Problem> problems = new ArrayList<>();
        return renderer.render(new SourceText("hostile.md", markdown, "", 1, markdown, 1), Session.class, problems)
                .html();
    }

    /** The CPU time this thread spends on rendering, so that other processes' load does not count. */
    private long cpuNanos(String markdown) {
        long started = CPU.getCurrentThreadCpuTime();
        render(markdown);
        return CPU.getCurrentThreadCpuTime() - started;
    }

    // --- whole pages ---------------------------------------------------------------------------------------

    @TempDir
    static Path folder;
    private static ConfigurableApplicationContext context;
    private static Path content;

    @AfterAll
    static void close() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void owaspCasesInFrontMatterAndBodyLeaveEveryPageInert() throws IOException {
        List<String> payloads = OWASP.stream().filter(payload -> !payload.contains("\u0000")).toList();
        // Markdown images must exist in the content folder; the content check refuses these before rendering
        List<String> bodies = payloads.stream().map(payload -> payload.startsWith("![") ? "Bericht." : payload)
                .toList();
        // links with a scheme other than the web's or without a leading slash, and images written as HTML, are
        // refused by the content check, so they never reach a page; the loader's errors hide the site's link check
        List<String> accepted = new ArrayList<>(bodies);
        for (int round = 0; round < 2; round++) {
            List<Problem> refused = buildWithSessions(payloads, accepted).report().errors();
            assertThat(refused).allSatisfy(problem ->
                    assertThat(problem.message()).matches("Der Link .*|Bild als HTML.*"));
            Set<String> refusedFiles = refused.stream().map(Problem::path).collect(Collectors.toSet());
            for (int i = 0; i < accepted.size(); i++) {
                String file = "/hostile-" + i + ".md";
                if (refusedFiles.stream().anyMatch(path -> path.endsWith(file))) {
                    accepted.set(i, "Bericht.");
                }
            }
        }
        Map<String, String> pages = pages(buildWithSessions(payloads, accepted));

        pages.forEach((route, html) -> assertThat(executableIn(html, false)).as(route).isEmpty());
        for (int i = 0; i < payloads.size(); i++) {
            Document page = Jsoup.parse(pages.get("/sessions/hostile-" + i));
            assertThat(page.selectFirst("h1").text()).as("the title is shown as text")
                    .isEqualTo(Jsoup.parse("").text(payloads.get(i)).text());
        }
    }

    @Test
    void imagesWithExecutableAddressesAreRefusedBeforeAnythingIsRendered() throws IOException {
        SiteBuilder.Build build = buildWithSessions(List.of("x"), List.of("![x](javascript:alert(1))"));

        assertThat(build.site()).isEmpty();
        assertThat(build.report().format()).contains("Das Bild „javascript:alert(1)“ gibt es nicht");
    }

    @Test
    void randomFrontMatterLeavesEveryPageInert() throws IOException {
        Random random = new Random(SEED);
        List<String> payloads = IntStream.range(0, 40).mapToObj(i -> ControlCharacters
                        .strip(randomText(random, 1 + random.nextInt(12))).strip())
                .map(text -> text.isEmpty() ? "x" : text).toList();

        pages(buildWithSessions(payloads, payloads.stream().map(payload -> "Bericht.").toList()))
                .forEach((route, html) ->
                assertThat(executableIn(html, false)).as("seed %d, %s", SEED, route).isEmpty());
    }

    /** Builds the real site with one extra session per payload, in every text field of its front matter. */
    private SiteBuilder.Build buildWithSessions(List<String> payloads, List<String> bodies)
            throws IOException {
        SiteBuilder builder = builder();
        YAMLMapper yaml = YAMLMapper.builder().build();
        for (int i = 0; i < payloads.size(); i++) {
            String payload = payloads.get(i);
            Map<String, Object> front = new LinkedHashMap<>();
            front.put("title", payload);
            front.put("format", payload);
            front.put("room", payload);
            front.put("people", List.of("hostile-" + i));
            front.put("quotes", List.of(Map.of("text", payload, "person", "hostile-" + i)));
            front.put("teaser", payload);
            String frontMatter = yaml.writeValueAsString(front).replaceFirst("^---\n", "");
            Files.writeString(content.resolve("sessions/hostile-" + i + ".md"),
                    "---\n" + frontMatter + "---\n" + bodies.get(i) + "\n");
            String person = yaml.writeValueAsString(Map.of("name", payload, "role", payload, "organisation", payload))
                    .replaceFirst("^---\n", "");
            Files.writeString(content.resolve("personen/hostile-" + i + ".md"), "---\n" + person + "---\n");
        }
        try {
            return builder.build();
        } finally {
            for (String kind : List.of("sessions", "personen")) {
                try (Stream<Path> files = Files.list(content.resolve(kind))) {
                    for (Path file : files.filter(file -> file.getFileName().toString().startsWith("hostile-"))
                            .toList()) {
                        Files.delete(file);
                    }
                }
            }
        }
    }

    /** Every HTML response of a successful build by route, the error pages included. */
    private static Map<String, String> pages(SiteBuilder.Build build) {
        assertThat(build.site()).as("seed %d:%n%s", SEED, build.report().format()).isPresent();
        RenderedSite rendered = build.site().get().rendered();
        Map<String, String> pages = new LinkedHashMap<>();
        for (PreparedResponse resource : rendered.responses()) {
            if (resource.contentType().startsWith("text/html")) {
                pages.put(resource.route(), new String(resource.body(), StandardCharsets.UTF_8));
            }
        }
        for (int status : List.of(400, 404, 405, 500)) {
            pages.put("error " + status, new String(rendered.errorPage(status).body(), StandardCharsets.UTF_8));
        }
        return pages;
    }

    private static SiteBuilder builder() throws IOException {
        if (context == null) {
            content = folder.resolve("content");
            FileSystemUtils.copyRecursively(Path.of("content"), content);
            context = new SpringApplicationBuilder(MicrositeApplication.class).web(WebApplicationType.NONE)
                    .run("--microsite.content-dir=" + content, "--spring.main.banner-mode=off",
                            "--logging.level.root=warn");
        }
        return context.getBean(SiteBuilder.class);
    }

    // --- the judge ------------------------------------------------------------------------------------------

    /**
     * Everything in {@code html} a browser would run or that would restyle, reframe or redirect the page. A body
     * rendered from Markdown may hold no script at all; a whole page only JSON-LD that is still valid JSON.
     */
    static List<String> executableIn(String html, boolean body) {
        Document document = body ? Jsoup.parseBodyFragment(html) : Jsoup.parse(html);
        if (!body) {
            // the site's own search form in the page header, which the layout writes and no content reaches
            document.select("body > header form.site-search[role=search][method=get][action=" + Routes.SEARCH + "]")
                    .remove();
        }
        List<String> found = new ArrayList<>();
        for (Element element : document.getAllElements()) {
            String tag = element.normalName();
            if (NEVER_IN_A_PAGE.contains(tag) || body && NEVER_IN_A_BODY.contains(tag)) {
                found.add("<" + tag + ">");
            }
            if (tag.equals("script") && !body) {
                checkJsonLd(element, found);
            }
            if (tag.equals("meta") && element.attr("http-equiv").equalsIgnoreCase("refresh")) {
                found.add("meta refresh");
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on") || name.equals("style")) {
                    found.add(tag + "[" + name + "]");
                }
                String url = attribute.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
                if (URL_ATTRIBUTES.contains(name) && EXECUTABLE_SCHEMES.stream().anyMatch(url::startsWith)) {
                    found.add(tag + "[" + name + "=" + attribute.getValue() + "]");
                }
            }
        }
        return found;
    }

    private static void checkJsonLd(Element script, List<String> found) {
        if (!script.attr("type").equalsIgnoreCase("application/ld+json") || script.hasAttr("src")) {
            found.add("script " + script.attributes());
            return;
        }
        try {
            new JsonMapper().readTree(script.data());
        } catch (RuntimeException e) {
            found.add("JSON-LD that is no longer JSON: " + script.data());
        }
    }
}
