package de.bmas.microsite.search;

import de.bmas.microsite.site.Routes;
import de.bmas.microsite.site.Site;
import de.bmas.microsite.site.SiteHolder;
import de.bmas.microsite.site.SiteRenderer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import java.io.IOException;

/**
 * The search, the one page rendered per request: the results for the query {@code q} from the index of the
 * snapshot being served, in the site's layout. Never cached and never indexed by search engines, as it depends on
 * what a visitor typed. Every query gets a page: a query too long to search gets 400 with a German explanation,
 * an empty one the page that says what one can search for. Of a repeated {@code q}, the first counts.
 */
@Controller
@ConditionalOnWebApplication
@RequestMapping(Routes.SEARCH)
class SearchController {

    static final String QUERY = "q";
    /** Each page depends on the query and may show what the visitor typed: nothing keeps it. */
    static final String NO_STORE = "no-store";
    private static final String HTML = "text/html;charset=UTF-8";

    private final SiteHolder holder;
    private final SearchIndexes indexes;
    private final SiteRenderer renderer;

    SearchController(SiteHolder holder, SearchIndexes indexes, SiteRenderer renderer) {
        this.holder = holder;
        this.indexes = indexes;
        this.renderer = renderer;
    }

    @GetMapping
    void search(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Site site = holder.current();
        if (site.snapshot() == null) {
            // preview of content with errors: the problems page answers every address, this one too
            send(request, response, HttpServletResponse.SC_NOT_FOUND, site.rendered().errorPage(404).body());
            return;
        }
        String[] values = request.getParameterValues(QUERY);
        SearchOutcome outcome = indexes.of(site.snapshot()).search(values == null ? "" : values[0]);
        byte[] page = renderer.renderOnRequest(site, ResultsPage.of(outcome, site.snapshot()));
        send(request, response, outcome instanceof SearchOutcome.TooLong ? HttpServletResponse.SC_BAD_REQUEST
                : HttpServletResponse.SC_OK, page);
    }

    private static void send(HttpServletRequest request, HttpServletResponse response, int status, byte[] body)
            throws IOException {
        response.setStatus(status);
        response.setContentType(HTML);
        response.setHeader("Cache-Control", NO_STORE);
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }
}
