package de.bmas.microsite.content.source;

import java.util.Set;

/**
 * The slugs of the files that did not load because of their errors, by folder: once fixed they have pages, so a
 * link to one of them is not an error of its own while they are being fixed.
 */
public record UnloadedFiles(Set<String> topics, Set<String> sessions, Set<String> stands, Set<String> people,
                            Set<String> pages) {

    static final UnloadedFiles NONE = new UnloadedFiles(Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
}
