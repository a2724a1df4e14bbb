package de.bmas.microsite.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;

/**
 * The security headers of every response. The site ships no JavaScript, no forms and nothing from another host, so
 * the policy allows only its own stylesheet, images and fonts. {@code default-src 'none'} also forbids every script:
 * JSON-LD is a data block, which browsers never run and CSP does not govern. A script file would need
 * {@code script-src 'self'} here.
 */
@Component
@ConditionalOnWebApplication
class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
            + "font-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";
    /** Denies the powerful features a report site never uses; only names Chromium knows, so it logs no warnings. */
    static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), browsing-topics=(), camera=(), "
            + "clipboard-read=(), display-capture=(), encrypted-media=(), fullscreen=(), geolocation=(), "
            + "gyroscope=(), hid=(), idle-detection=(), local-fonts=(), magnetometer=(), microphone=(), midi=(), "
            + "payment=(), picture-in-picture=(), publickey-credentials-get=(), screen-wake-lock=(), serial=(), "
            + "sync-xhr=(), usb=(), window-management=(), xr-spatial-tracking=()";

    private static final Map<String, String> ALWAYS = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "strict-origin-when-cross-origin",
            "Permissions-Policy", PERMISSIONS_POLICY,
            "Cross-Origin-Opener-Policy", "same-origin",
            "Cross-Origin-Resource-Policy", "same-origin");

    private final boolean httpsOnly;

    /**
     * @param httpsOnly whether the site is served over HTTPS only, which the operator's TLS front decides: then TLS
     *                  requests get HSTS and plain-HTTP requests forwarded by a proxy are sent to HTTPS
     */
    SecurityHeaders(@Value("${microsite.hsts:true}") boolean httpsOnly) {
        this.httpsOnly = httpsOnly;
    }

    /**
     * Sets the headers; {@code request.isSecure()} is true for TLS, directly or behind a trusted proxy that sent
     * {@code X-Forwarded-Proto: https} (Tomcat's RemoteIpValve has applied it by now).
     */
    void apply(HttpServletRequest request, HttpServletResponse response) {
        ALWAYS.forEach(response::setHeader);
        if (httpsOnly && request.isSecure()) {
            response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
    }

    /** Where to send a request that a proxy forwarded over plain HTTP, when the site is HTTPS-only. */
    Optional<String> httpsLocation(HttpServletRequest request) {
        String host = request.getHeader("Host");
        if (!httpsOnly || host == null || !"http".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"))) {
            return Optional.empty();
        }
        String query = request.getQueryString();
        return Optional.of("https://" + host + request.getRequestURI() + (query == null ? "" : "?" + query));
    }
}
