package de.bmas.microsite.search;

import de.bmas.microsite.search.SearchDocument.Kind;

/**
 * One result.
 *
 * @param snippet       safe HTML: the document's text around the matched words, escaped, with the matches in
 *                      {@code <mark>}; the only markup it can contain is {@code <mark>} and {@code </mark>}
 * @param titleLanguage the title's language where it is not German, else null
 * @param language      the snippet's language where it is not German, else null
 */
public record SearchHit(Kind kind, String title, String route, String snippet, String titleLanguage,
                        String language) {
}
