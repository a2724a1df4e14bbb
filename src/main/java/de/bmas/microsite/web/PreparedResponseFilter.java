package de.bmas.microsite.web;

import de.bmas.microsite.site.PreparedResponse;
import de.bmas.microsite.site.SiteHolder;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.io.IOException;

/**
 * The fast path in front of the features' controllers: a GET or HEAD for an address the current snapshot rendered
 * is answered here, with the same bytes and headers the controller's handler would send; everything else (404,
 * 405, Actuator, the error path) goes on to Spring MVC. The controllers still declare and map every route —
 * {@code RoutesTest} proves that each rendered route has its feature's controller — but answered through Spring MVC
 * alone, a session page reached 56 – 66 % of a tuned nginx with a p99 mostly over 5 ms, against 62 – 78 % with this
 * filter (measurements.md, "Server against nginx"). First in the chain, so site requests skip the other filters too.
 */
@Component
@ConditionalOnWebApplication
@Order(Ordered.HIGHEST_PRECEDENCE)
class PreparedResponseFilter implements Filter {

    private final SiteHolder holder;

    PreparedResponseFilter(SiteHolder holder) {
        this.holder = holder;
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        PreparedResponse prepared = Methods.reads(request)
                ? holder.current().response(request.getRequestURI()).orElse(null)
                : null;
        if (prepared == null) {
            chain.doFilter(request, servletResponse);
        } else {
            ResponseWriter.send(request, (HttpServletResponse) servletResponse, prepared);
        }
    }
}
