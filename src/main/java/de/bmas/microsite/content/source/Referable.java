package de.bmas.microsite.content.source;

import de.bmas.microsite.content.model.Doc;
import de.bmas.microsite.content.model.SourcePosition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One kind of content that other files name by slug (sessions, topics, stands, people): which slugs exist, which
 * are left out, and what an editor most likely meant by a slug that names nothing.
 */
final class Referable {

    private final String kind;
    private final String folder;
    /** Display name by slug, in the snapshot's order for the hints; hashed because every reference is looked up. */
    private final Map<String, String> names;
    private final ReferenceCheck.Absent absent;

    private Referable(String kind, String folder, Map<String, String> names, ReferenceCheck.Absent absent) {
        this.kind = kind;
        this.folder = folder;
        this.names = names;
        this.absent = absent;
    }

    /**
     * @param kind   the German word the messages start with: „Session“, „Thema“, „Stand“, „Person“
     * @param folder where the files of this kind are, for the hint to create one
     * @param name   the title or name of a file, which editors may write instead of its slug
     */
    static <T> Referable of(String kind, String folder, List<Doc<T>> docs, Function<T, String> name,
                            ReferenceCheck.Absent absent) {
        Map<String, String> names = new LinkedHashMap<>();
        docs.forEach(doc -> names.put(doc.slug(), name.apply(doc.meta())));
        return new Referable(kind, folder, names, absent);
    }

    boolean exists(String slug) {
        return names.containsKey(slug);
    }

    /**
     * The problem with naming {@code slug} at {@code at}, if any; none for a file that has errors of its own. A
     * published file that names a draft gets the same error in preview mode, whose snapshot holds the drafts, as
     * in production; a draft may name another draft, as both appear together once published.
     */
    Optional<Problem> check(SourcePosition at, String slug, boolean fromDraft) {
        if (!fromDraft && absent.drafts().contains(slug)) {
            return Optional.of(Problem.error(at, kind + " „" + slug + "“ ist ein Entwurf und wird nicht veröffentlicht",
                    "Entfernen Sie „draft: true“ aus „" + folder + "/" + slug + ".md“, um die Datei zu "
                            + "veröffentlichen, oder entfernen Sie den Verweis."));
        }
        if (exists(slug) || absent.broken().contains(slug)) {
            return Optional.empty();
        }
        return Optional.of(Problem.error(at, kind + " „" + slug + "“ gibt es nicht", hint(slug, fromDraft)));
    }

    /**
     * A name written where its slug belongs finds the slug by the name itself ("René Schäfer" → rene-schaefer, and
     * never the rene-schafer of "Rene Schafer"), or by the slug it would have; a typo finds the nearest slug.
     */
    private String hint(String typed, boolean fromDraft) {
        // in preview mode the drafts are loaded too, but only a draft may name one
        Map<String, String> names = new LinkedHashMap<>(this.names);
        if (!fromDraft) {
            names.keySet().removeAll(absent.drafts());
        }
        String known = names.isEmpty() ? "" : "Bekannt: " + String.join(", ", names.keySet()) + ".";
        String visible = typed.replaceAll("\\p{Cf}", "");
        if (!visible.equals(typed) && names.containsKey(visible)) {
            // a zero-width space copied along: the name on screen is right, and a suggestion would look the same
            return "Der Kurzname enthält ein unsichtbares Zeichen, meist beim Kopieren entstanden: Löschen Sie ihn "
                    + "und tippen Sie „" + visible + "“ neu.";
        }
        List<String> named = names.entrySet().stream()
                .filter(entry -> entry.getValue().equals(typed.strip()))
                .map(Map.Entry::getKey).toList();
        if (!named.isEmpty()) {
            return "Meinten Sie „" + String.join("“ oder „", named) + "“? Verwiesen wird mit dem Kurznamen, dem "
                    + "Dateinamen ohne „.md“.";
        }
        // „a, b“, „a b“, or „a - b“ where YAML joined an entry indented too far to the one above
        List<String> listed = List.of(typed.strip().split("\\s*[,;]\\s*|\\s+-\\s+|\\s+"));
        if (listed.size() > 1 && names.keySet().containsAll(listed)) {
            return "Jeder Eintrag steht in einer Zeile für sich, mit „- “ davor: "
                    + listed.stream().map(entry -> "„- " + entry + "“").collect(Collectors.joining(", ")) + ".";
        }
        String slug = Slugs.suggest(typed);
        if (names.containsKey(slug) && !slug.equals(typed)) {
            return "Meinten Sie „" + slug + "“? Verwiesen wird mit dem Kurznamen, dem Dateinamen ohne „.md“.";
        }
        return Suggestions.nearest(slug, names.keySet()).map(nearest -> "Meinten Sie „" + nearest + "“? " + known)
                .orElseGet(() -> "Legen Sie die Datei „" + folder + "/" + slug + ".md“ an oder verweisen Sie auf eine "
                        + "vorhandene. " + known).strip();
    }
}
