package de.bmas.microsite.search;

import de.bmas.microsite.content.model.Snapshot;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The search index of each content snapshot, built once, while the snapshot's site is built ({@link KeywordPages}
 * needs it for the A–Z index), so it is ready when the site goes live and a search never builds one.
 * <p>
 * Held by the snapshot weakly: an index lives as long as its snapshot is served or still read by a request that
 * began before a reload — the current snapshot's index and, for a moment, the previous one. A snapshot that never
 * went live (its content had errors) takes its index with it at the next collection.
 */
@Component
class SearchIndexes {

    /** Snapshot does not override equals: its identity is the key. The futures hold no reference to it. */
    private final Map<Snapshot, CompletableFuture<SearchIndex>> bySnapshot = new WeakHashMap<>();

    /** The snapshot's index, built now if it is the first to ask; callers for the same snapshot wait for it. */
    SearchIndex of(Snapshot snapshot) {
        CompletableFuture<SearchIndex> index;
        boolean first;
        synchronized (bySnapshot) {
            index = bySnapshot.get(snapshot);
            first = index == null;
            if (first) {
                index = new CompletableFuture<>();
                bySnapshot.put(snapshot, index);
            }
        }
        if (first) {
            try {
                index.complete(SearchIndex.of(snapshot));
            } catch (RuntimeException | Error e) {
                index.completeExceptionally(e);
                throw e;
            }
        }
        try {
            return index.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : e;
        }
    }
}
