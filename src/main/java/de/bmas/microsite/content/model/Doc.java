package de.bmas.microsite.content.model;

import java.time.Instant;
import java.util.List;

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

    public boolean draft() {
        return meta instanceof Draftable draftable && draftable.draft();
    }
}
