package de.bmas.microsite.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.actuate.autoconfigure.web.ManagementContextConfiguration;
import org.springframework.boot.actuate.autoconfigure.web.ManagementContextType;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.http.server.RequestPath;

import java.io.IOException;

/**
 * A plain 400 for a request that Tomcat lets through but that cannot be decoded later, in front of the
 * DispatcherServlet. A malformed escape inside a path parameter ({@code /programm;%D}) reaches Spring MVC's path
 * parser undecoded, which throws before any handler or exception resolver runs (a 500). A query parameter that
 * does not decode ({@code /suche?q=%zz}) makes Tomcat throw where a handler reads it, and log a message that quotes
 * the visitor's input, while the site logs nothing of a request. Runs in the site's context (found by the
 * component scan, after the site's fast path) and in Actuator's own context on a separate management port (listed
 * in {@code META-INF/spring/…ManagementContextConfiguration.imports}). On the site's port the 400 is the site's
 * German error page; Actuator's error page would read the request's address again, fail and log it with the
 * input, so there the 400 goes out without a page.
 */
@ManagementContextConfiguration(value = ManagementContextType.CHILD, proxyBeanMethods = false)
@ConditionalOnWebApplication
class UndecodableRequests {

    /** {@code context}: Actuator's context for its own port is a child of the site's. */
    @Bean
    FilterRegistrationBean<Filter> undecodableRequestFilter(ApplicationContext context) {
        boolean withPage = context.getParent() == null;
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
                (request, response, chain) -> refuse(request, response, chain, withPage));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    private static void refuse(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain,
                               boolean withPage) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        if (pathParses(request) && parametersDecode(request)) {
            chain.doFilter(request, response);
        } else if (withPage) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        } else {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    /** With the parser Spring MVC uses. */
    private static boolean pathParses(HttpServletRequest request) {
        try {
            RequestPath.parse(request.getRequestURI(), request.getContextPath());
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Only for the methods the site answers: Tomcat reads a form body into the parameters of a POST, and every other
     * method gets a 405 without them. A GET or HEAD with content is refused as well: Actuator reads a request's
     * content, and would wait a minute for content that a client declares and never sends.
     */
    private static boolean parametersDecode(HttpServletRequest request) {
        if (!Methods.reads(request)) {
            return true;
        }
        if (ConnectorAdapter.declaresBody(request.getHeader("Content-Length"),
                request.getHeader("Transfer-Encoding"))) {
            return false;
        }
        try {
            request.getParameterMap();
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }
}
