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
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.http.server.RequestPath;

import java.io.IOException;

/**
 * A 400 for a path that Spring MVC's parser rejects. Tomcat answers a malformed escape in the path with 400 but
 * passes one inside a path parameter ({@code /programm;%D}) on undecoded, and Spring MVC's path parser throws on it
 * before any handler or exception resolver runs: a 500 unless it is caught in front of the DispatcherServlet, with
 * the parser Spring MVC uses. Runs in the site's context (found by the component scan, after the site's fast path)
 * and in Actuator's own context on a separate management port (listed in
 * {@code META-INF/spring/…ManagementContextConfiguration.imports}).
 */
@ManagementContextConfiguration(value = ManagementContextType.CHILD, proxyBeanMethods = false)
@ConditionalOnWebApplication
class UnparsablePaths {

    @Bean
    FilterRegistrationBean<Filter> unparsablePathFilter() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(UnparsablePaths::refuse);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    private static void refuse(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (parsable((HttpServletRequest) request)) {
            chain.doFilter(request, response);
        } else {
            ((HttpServletResponse) response).sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    private static boolean parsable(HttpServletRequest request) {
        try {
            RequestPath.parse(request.getRequestURI(), request.getContextPath());
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
