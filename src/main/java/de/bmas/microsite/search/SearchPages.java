package de.bmas.microsite.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.bmas.microsite.site.Chrome;
import de.bmas.microsite.site.MediaTypes;
import de.bmas.microsite.site.PreparedResponse;
import de.bmas.microsite.site.RenderedSite;
import de.bmas.microsite.site.Routes;
import de.bmas.microsite.site.Site;
import de.bmas.microsite.site.SiteHolder;
import de.bmas.microsite.site.SiteRenderer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The results pages of the site being served, rendered on the first request for a query and kept for the next
 * ones: a search costs a Lucene query, the snippets and a Thymeleaf rendering (about a millisecond), a kept page
 * only the lookup, so popular queries are answered as fast as prerendered pages. The pages are kept per rendered
 * site, as they show its chrome: a reload, or the re-rendering at midnight, starts afresh, and a request still
 * running on the replaced site keeps nothing. The cache is bounded by bytes, so no stream of distinct queries can
 * fill the heap.
 */
@Component
@ConditionalOnWebApplication
class SearchPages {

    /** About a thousand results pages of 20 results, with their gzip variants. */
    static final long MAX_BYTES = 32L << 20;
    /** Every query too long to search gets the same page, which does not repeat it: one entry for all of them. */
    private static final String TOO_LONG = "\u0000".repeat(Chrome.MAX_QUERY_LENGTH + 1);

    private final SearchIndexes indexes;
    private final SiteRenderer renderer;
    private final SiteHolder holder;
    private final AtomicReference<Kept> kept = new AtomicReference<>(new Kept(null));

    SearchPages(SearchIndexes indexes, SiteRenderer renderer, SiteHolder holder) {
        this.indexes = indexes;
        this.renderer = renderer;
        this.holder = holder;
    }

    /**
     * Results page {@code page} for {@code query} (null for none) from {@code site}, which must have a snapshot; none
     * past the last page.
     */
    Optional<PreparedResponse> answer(Site site, String query, int page) {
        // kept by the text that is searched, so that a query too long is one page whatever invisible characters it has
        String text = SearchIndex.text(query);
        Kept cache = keptFor(site.rendered());
        if (cache.site != site.rendered()) {
            return render(site, text, page);
        }
        Key key = new Key(SearchIndex.isTooLong(text) ? TOO_LONG : text, page);
        // Caffeine keeps nothing where the function gives null: a page past the last is not kept
        return Optional.ofNullable(cache.pages.get(key, any -> render(site, text, page).orElse(null)));
    }

    /** The pages kept for {@code rendered}; only the site being served starts a new cache, never a replaced one. */
    private Kept keptFor(RenderedSite rendered) {
        // read once: the update function may run more than once
        RenderedSite served = holder.current().rendered();
        return kept.updateAndGet(cache -> cache.site == rendered || rendered != served ? cache : new Kept(rendered));
    }

    private Optional<PreparedResponse> render(Site site, String query, int page) {
        SearchOutcome outcome = indexes.of(site.snapshot()).search(query, page);
        if (page > ResultsPage.pages(outcome)) {
            return Optional.empty();
        }
        byte[] body = renderer.renderOnRequest(site, ResultsPage.of(outcome, site.snapshot()));
        return Optional.of(PreparedResponse.of(Routes.SEARCH, null, MediaTypes.HTML, body, null,
                PreparedResponse.NO_CACHE));
    }

    /** A results page: the query as searched and the page's number. */
    private record Key(String text, int page) {
    }

    /** The pages kept for one rendered site. */
    private static final class Kept {
        private final RenderedSite site;
        private final Cache<Key, PreparedResponse> pages = Caffeine.newBuilder()
                .maximumWeight(MAX_BYTES)
                .<Key, PreparedResponse>weigher((key, page) -> 2 * key.text().length() + page.body().length
                        + (page.hasGzip() ? page.gzipped().length : 0))
                .build();

        Kept(RenderedSite site) {
            this.site = site;
        }
    }
}
