package de.bmas.microsite.content.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parses content files, and keeps what it parsed for the next load, which parses again only the files whose bytes
 * changed: after an editor's change a reload parses one file, not all. Binding the front matter and rendering the
 * Markdown are most of a load's work and depend on nothing but a file's path, kind and bytes; what depends on other
 * files or on dates is done by the loader on every load.
 */
final class FileParser {

    /** A file parsed: its bound front matter unless it has errors, its rendered body, and its problems. */
    record Parsed<T>(Optional<FrontMatterBinder.Bound<T>> bound, MarkdownRenderer.Rendered body,
                     List<Problem> problems) {
    }

    private record Key(String path, Class<?> type) {
    }

    private record Kept(byte[] bytes, Parsed<?> parsed) {
    }

    private final FrontMatterBinder binder;
    private final MarkdownRenderer markdown;
    private final Map<Key, Kept> previous;
    private final Map<Key, Kept> parsed = new ConcurrentHashMap<>();

    FileParser(FrontMatterBinder binder, MarkdownRenderer markdown) {
        this(binder, markdown, Map.of());
    }

    private FileParser(FrontMatterBinder binder, MarkdownRenderer markdown, Map<Key, Kept> previous) {
        this.binder = binder;
        this.markdown = markdown;
        this.previous = previous;
    }

    /** A parser for the next load: it reuses what this one parsed, and forgets files this load did not see. */
    FileParser next() {
        return new FileParser(binder, markdown, Map.copyOf(parsed));
    }

    /** Safe to call from several threads at once, for different files. */
    @SuppressWarnings("unchecked")
    <T> Parsed<T> parse(String path, byte[] bytes, Class<T> type) {
        Key key = new Key(path, type);
        Kept kept = previous.get(key);
        if (kept == null || !Arrays.equals(kept.bytes(), bytes)) {
            kept = new Kept(bytes, parseAnew(path, bytes, type));
        }
        parsed.put(key, kept);
        return (Parsed<T>) kept.parsed();
    }

    private <T> Parsed<T> parseAnew(String path, byte[] bytes, Class<T> type) {
        List<Problem> problems = new ArrayList<>();
        Optional<SourceText> source = SourceText.parse(path, bytes, problems);
        if (source.isEmpty()) {
            return new Parsed<>(Optional.empty(), null, List.copyOf(problems));
        }
        Placeholders.findIn(source.get(), problems);
        MarkdownRenderer.Rendered body = markdown.render(source.get(), type, problems);
        Optional<FrontMatterBinder.Bound<T>> bound = binder.bind(source.get(), type, problems);
        return new Parsed<>(bound, body, List.copyOf(problems));
    }
}
