package de.bmas.microsite.search;

import de.bmas.microsite.site.Chrome;
import de.bmas.microsite.site.PreparedResponse;
import de.bmas.microsite.site.Routes;
import de.bmas.microsite.site.Site;
import de.bmas.microsite.site.SiteHolder;
import de.bmas.microsite.web.SiteController;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The search: the results for the query ({@link Chrome#SEARCH_QUERY}; of a repeated one, the first counts) from the
 * index of the snapshot being served, in the site's layout, from {@link SearchPages}, a page of them at a time
 * ({@link ResultsPage#PAGE}). Every query gets a page: one too long to search a German explanation, an empty one the
 * page that says what one can search for. A page number that names no results page gets the 404 page.
 * {@code no-cache} and {@code noindex}, as each page depends on what a visitor typed.
 */
@Controller
@ConditionalOnWebApplication
@RequestMapping(Routes.SEARCH)
class SearchController extends SiteController {

    private final SearchPages pages;

    SearchController(SiteHolder holder, SearchPages pages) {
        super(holder);
        this.pages = pages;
    }

    @Override
    protected Optional<PreparedResponse> response(Site site, HttpServletRequest request) {
        if (site.snapshot() == null) {
            // the preview of content with errors: its problems page answers here as everywhere
            return super.response(site, request);
        }
        OptionalInt page = ResultsPage.number(request.getParameter(ResultsPage.PAGE));
        if (page.isEmpty()) {
            return Optional.empty();
        }
        return pages.answer(site, request.getParameter(Chrome.SEARCH_QUERY), page.getAsInt());
    }

    /**
     * The search only reads: other methods get 405 with the German error page, as on the prerendered pages (whose
     * 405 the catch-all controller gives, as it knows them from the rendered site, which has no results pages).
     */
    @RequestMapping(method = {RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE,
            RequestMethod.OPTIONS})
    void refuse(HttpServletRequest request) throws HttpRequestMethodNotSupportedException {
        throw new HttpRequestMethodNotSupportedException(request.getMethod(), List.of("GET", "HEAD"));
    }
}
