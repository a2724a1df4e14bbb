package de.bmas.microsite.search;

import java.util.List;

/** What a search gives the results page: results, or why there are none to look for. */
public sealed interface SearchOutcome {

    /** The query as the visitor typed it, without surrounding white space, for the page to show it back. */
    String query();

    /**
     * The {@code hits} on results page {@code page} of {@code total} matching documents, best first; {@code total}
     * may be 0. {@code ignored} is the end of a query of too many words, which was not searched for, or empty;
     * {@code unknown} the words, as typed, that the texts do not have but whose look-alikes, longer words or parts
     * the results on the page do.
     */
    record Found(String query, List<SearchHit> hits, long total, int page, String ignored, List<String> unknown)
            implements SearchOutcome {
        public Found {
            hits = List.copyOf(hits);
            unknown = List.copyOf(unknown);
        }

        /** How many results pages there are to go through: at least one, which may say that nothing was found. */
        public int pages() {
            long shown = Math.min(total, SearchIndex.MAX_RESULTS);
            return (int) Math.max(1, (shown + SearchIndex.PAGE_SIZE - 1) / SearchIndex.PAGE_SIZE);
        }

        /** The number of the page's first result, counted from 1 over all pages. */
        public int first() {
            return (page - 1) * SearchIndex.PAGE_SIZE + 1;
        }
    }

    /** Longer than {@link de.bmas.microsite.site.Chrome#MAX_QUERY_LENGTH} characters: not searched. */
    record TooLong(String query) implements SearchOutcome {
    }

    /** Nothing to search for: empty, or only words like "und" or "der", or only punctuation. */
    record Empty(String query) implements SearchOutcome {
    }
}
