package de.bmas.microsite.search;

import java.util.List;

/** What a search gives the results page: results, or why there are none to look for. */
public sealed interface SearchOutcome {

    /** The query as the visitor typed it, without surrounding white space, for the page to show it back. */
    String query();

    /**
     * The best {@code hits} of {@code total} matching documents, best first; {@code total} may be 0. {@code ignored}
     * is the end of a query of too many words, which was not searched for, or empty; {@code unknown} the words, as
     * typed, that the texts do not have but whose look-alikes, longer words or parts they do.
     */
    record Found(String query, List<SearchHit> hits, long total, String ignored, List<String> unknown)
            implements SearchOutcome {
        public Found {
            hits = List.copyOf(hits);
            unknown = List.copyOf(unknown);
        }
    }

    /** Longer than {@link de.bmas.microsite.site.Chrome#MAX_QUERY_LENGTH} characters: not searched. */
    record TooLong(String query) implements SearchOutcome {
    }

    /** Nothing to search for: empty, or only words like "und" or "der", or only punctuation. */
    record Empty(String query) implements SearchOutcome {
    }
}
