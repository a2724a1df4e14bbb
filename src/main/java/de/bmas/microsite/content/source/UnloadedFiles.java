package de.bmas.microsite.content.source;

import de.bmas.microsite.content.model.Link;

import java.util.List;
import java.util.Set;

/**
 * The files that did not load because of their errors: their slugs by folder, since once fixed they have pages and
 * a link to one of them is not an error of its own while they are being fixed; and the links and images in the
 * bodies of those whose front matter has the errors, which are checked all the same, so that editors see every
 * problem of a file in one go. {@code brokenImages} are the routes of images that are there but have errors of
 * their own, so that neither an image nor a link naming one is a second error.
 */
public record UnloadedFiles(Set<String> topics, Set<String> sessions, Set<String> stands, Set<String> people,
                            Set<String> pages, List<Link> links, List<Link> images, Set<String> brokenImages) {

    static final UnloadedFiles NONE = new UnloadedFiles(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), List.of(),
            List.of(), Set.of());
}
