package de.bmas.microsite.content.model;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One loaded content file: its slug, its typed front matter ({@code meta}), its body as safe HTML, and what the
 * checks need to point back into the file.
 */
public record Doc<T>(String slug, T meta, String html, Instant lastModified, Origin origin) {

    /** Where the file's parts stand, for checks that run after loading. */
    public record Origin(String path, FieldPositions positions, List<Link> links, List<Link> images) {

        public SourcePosition file() {
            return new SourcePosition(path, 1, 1);
        }

        public SourcePosition at(String pointer) {
            return positions.at(pointer);
        }
    }

    /** The same file with its body rendered anew, e.g. with links added to it. */
    public Doc<T> withHtml(String newHtml) {
        return new Doc<>(slug, meta, newHtml, lastModified, origin);
    }

    /** When the newest of {@code docs} changed, for a page made from all of them; empty for none. */
    public static Optional<Instant> newest(Collection<? extends Doc<?>> docs) {
        return docs.stream().map(Doc::lastModified).filter(Objects::nonNull).max(Instant::compareTo);
    }

    public boolean draft() {
        return meta instanceof Draftable draftable && draftable.draft();
    }
}
