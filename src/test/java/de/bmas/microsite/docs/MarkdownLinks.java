package de.bmas.microsite.docs;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Finds the relative links and {@code #anchors} in Markdown files of a repository that lead nowhere when GitHub
 * renders them. Links to other hosts are left alone: they are not fetched.
 */
final class MarkdownLinks {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Set<String> EXTERNAL_SCHEMES = Set.of("http:", "https:", "mailto:");

    private final Path repository;
    private final Parser parser;
    private final Map<Path, Set<String>> anchors = new HashMap<>();

    MarkdownLinks(Path repository) {
        this.repository = repository.toAbsolutePath().normalize();
        // GitHub's heading slugs: letters (umlauts too) lower-cased, digits and '_' kept, each space and '-' a '-',
        // everything else dropped; a repeated slug gets -1, -2, …
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
                .set(HtmlRenderer.HEADER_ID_GENERATOR_TO_DASH_CHARS, " -")
                .set(HtmlRenderer.HEADER_ID_GENERATOR_NON_DASH_CHARS, "_")
                .set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, false)
                .set(HtmlRenderer.HEADER_ID_GENERATOR_NON_ASCII_TO_LOWERCASE, true)
                .set(HtmlRenderer.HEADER_ID_GENERATOR_RESOLVE_DUPES, true);
        this.parser = Parser.builder(options).build();
    }

    /** One broken link: where it stands, what it says, and why it leads nowhere. */
    record Broken(String file, int line, String url, String reason) {

        @Override
        public String toString() {
            return file + ":" + line + ": " + url + " (" + reason + ")";
        }
    }

    List<Broken> broken(Path file) {
        Path document = repository.resolve(file).normalize();
        Document parsed = parse(document);
        List<Broken> found = new ArrayList<>();
        for (LinkNodeBase link : descendants(parsed, LinkNodeBase.class)) {
            if (link instanceof MailLink) {
                continue; // <name@host> keeps its address as text, not as a URL
            }
            String url = link.getUrl().toString();
            String reason = check(document, url);
            if (reason != null) {
                found.add(new Broken(repository.relativize(document).toString(),
                        parsed.getLineNumber(link.getStartOffset()) + 1, url, reason));
            }
        }
        return found;
    }

    /** The anchors GitHub gives the headings of a Markdown file. */
    Set<String> anchors(Path document) {
        return anchors.computeIfAbsent(document.toAbsolutePath().normalize(), path -> {
            Document parsed = parse(path);
            new HeaderIdGenerator.Factory().create().generateIds(parsed);
            return descendants(parsed, Heading.class).stream().map(Heading::getAnchorRefId)
                    .collect(Collectors.toUnmodifiableSet());
        });
    }

    /** Why the link leads nowhere, or null when it leads somewhere (or to another host). */
    private String check(Path document, String url) {
        if (url.isEmpty()) {
            return "empty link";
        }
        Matcher scheme = SCHEME.matcher(url);
        if (scheme.find()) {
            return EXTERNAL_SCHEMES.contains(scheme.group().toLowerCase()) ? null : "unknown scheme";
        }
        int hash = url.indexOf('#');
        String path = decode(hash < 0 ? url : url.substring(0, hash));
        String fragment = hash < 0 ? null : decode(url.substring(hash + 1));
        Path target = path.isEmpty() ? document
                : (path.startsWith("/") ? repository.resolve(path.substring(1)) : document.resolveSibling(path))
                        .normalize();
        if (!target.startsWith(repository)) {
            return "outside the repository";
        }
        if (!Files.exists(target)) {
            return "no such file";
        }
        boolean markdown = target.getFileName().toString().endsWith(".md");
        if (fragment != null && markdown && !anchors(target).contains(fragment)) {
            return "no heading with this anchor";
        }
        return null;
    }

    private Document parse(Path document) {
        try {
            return parser.parse(Files.readString(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> List<T> descendants(Document document, Class<T> type) {
        return StreamSupport.stream(document.getDescendants().spliterator(), false)
                .filter(type::isInstance).map(type::cast).toList();
    }

    /** Percent-escapes as written in links; a '+' stays a '+' (it is not a form field). */
    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
