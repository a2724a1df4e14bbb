package de.bmas.microsite.web;

import de.bmas.microsite.site.Routes;
import de.bmas.microsite.site.SiteHolder;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.util.Set;

/**
 * Lets only the health endpoint with its probes and the content status ({@code /actuator/content}) through to
 * Actuator, and only to read them: every other Actuator
 * path (also unknown health groups, which Actuator answers with an empty 404 or a 406) gets the site's German 404
 * page, other methods the site's 405, as on every page. Registered for {@code /actuator/*} only, so page requests
 * never pass it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ActuatorGuard {

    private static final Set<String> READABLE = Set.of(Routes.ACTUATOR + "/health",
            Routes.ACTUATOR + "/health/liveness", Routes.ACTUATOR + "/health/readiness", Routes.ACTUATOR + "/content");

    @Bean
    FilterRegistrationBean<Filter> actuatorGuardFilter(SiteHolder holder) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
                (request, response, chain) -> guard(holder, request, response, chain));
        registration.addUrlPatterns(Routes.ACTUATOR, Routes.ACTUATOR + "/*");
        return registration;
    }

    private static void guard(SiteHolder holder, ServletRequest servletRequest, ServletResponse servletResponse,
                              FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        boolean readable = READABLE.contains(request.getRequestURI());
        if (readable && Methods.reads(request)) {
            chain.doFilter(request, response);
        } else if (readable) {
            ResponseWriter.error(request, response, holder.current().rendered().errorPage(405),
                    HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        } else {
            ResponseWriter.error(request, response, holder.current().rendered().errorPage(404),
                    HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
