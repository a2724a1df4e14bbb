package de.bmas.microsite.content.source;

import de.bmas.microsite.content.model.SourcePosition;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A content file split into YAML front matter and Markdown body, remembering where each part starts,
 * so that every later finding can be reported with the file's own line numbers.
 */
record SourceText(String path, String text, String frontMatter, int frontMatterLine, String body, int bodyLine) {

    private static final String FENCE = "---";

    /** Splits the raw bytes of a content file, or adds the reason why it cannot be read and returns empty. */
    static Optional<SourceText> parse(String path, byte[] bytes, List<Problem> problems) {
        SourcePosition start = new SourcePosition(path, 1, 1);
        if (bytes.length == 0) {
            problems.add(Problem.error(start, "Die Datei ist leer",
                    "Sie braucht einen Kopfbereich zwischen zwei Zeilen „---“ und danach den Text."));
            return Optional.empty();
        }
        Optional<String> decoded = decodeUtf8(path, bytes, problems);
        if (decoded.isEmpty()) {
            return Optional.empty();
        }
        String text = decoded.get().startsWith("\uFEFF") ? decoded.get().substring(1) : decoded.get();
        int control = ControlCharacters.indexIn(text);
        if (control >= 0) {
            problems.add(ControlCharacters.problem(positionIn(path, text, control)));
            return Optional.empty();
        }
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals(FENCE)) {
            problems.add(Problem.error(start, "Der Kopfbereich (Front Matter) fehlt",
                    "Die erste Zeile muss „---“ sein, dann folgen die Felder, dann wieder eine Zeile „---“."));
            return Optional.empty();
        }
        int closing = findClosingFence(lines);
        if (closing < 0) {
            problems.add(Problem.error(start, "Der Kopfbereich (Front Matter) wird nicht geschlossen",
                    "Nach den Feldern fehlt eine Zeile, die nur „---“ enthält."));
            return Optional.empty();
        }
        String frontMatter = String.join("\n", lines.subList(1, closing));
        String body = String.join("\n", lines.subList(closing + 1, lines.size()));
        return Optional.of(new SourceText(path, text, frontMatter, 2, body, closing + 2));
    }

    /** Line {@code index} of the front matter (from 0, as the YAML parser counts); empty where there is none. */
    String lineOfFrontMatter(int index) {
        return index < 0 ? "" : frontMatter.lines().skip(index).findFirst().orElse("");
    }

    private static int findClosingFence(List<String> lines) {
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(FENCE)) {
                return i;
            }
        }
        return -1;
    }

    private static Optional<String> decodeUtf8(String path, byte[] bytes, List<Problem> problems) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, out, true);
        if (result.isError()) {
            String valid = out.flip().toString();
            problems.add(Problem.error(positionIn(path, valid, valid.length()), "Die Datei ist nicht UTF-8-kodiert",
                    "Speichern Sie die Datei im Editor mit der Kodierung „UTF-8“."));
            return Optional.empty();
        }
        return Optional.of(out.flip().toString());
    }

    /** Every position where {@code needle} occurs in the whole file. */
    List<SourcePosition> find(String needle) {
        List<SourcePosition> found = new ArrayList<>();
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length())) {
            found.add(positionIn(path, text, at));
        }
        return found;
    }

    private static SourcePosition positionIn(String path, String part, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < part.length(); i++) {
            if (part.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourcePosition(path, line, offset - lineStart + 1);
    }
}
