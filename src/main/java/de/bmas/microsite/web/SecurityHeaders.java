package de.bmas.microsite.web;

import de.bmas.microsite.MicrositeProperties;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.tomcat.util.http.MimeHeaders;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The security headers of every response. The site ships no JavaScript and nothing from another host, so the policy
 * allows only its own stylesheet, images and fonts. Its one form, the search in the header, may send only to the
 * site itself ({@code form-action 'self'}); where pages have no search form ({@code microsite.search=false}, as
 * in the static export), forms may send nowhere. {@code default-src 'none'} also forbids every script: JSON-LD is
 * a data block, which browsers never run and CSP does not govern. A script file would need
 * {@code script-src 'self'} here. {@code connect-src 'self'} lets audit tools such as Lighthouse read
 * {@code /robots.txt} from within a page; with no script on the site, nothing else can connect.
 * <p>
 * Preview mode alone adds {@code script-src 'self'}, for the script that refreshes the page after a save and
 * connects back to the preview ({@code connect-src 'self'}); production's policy is the one above.
 */
@Component
@ConditionalOnWebApplication
class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
            + "font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";
    /** Denies the powerful features a report site never uses; only names Chromium knows, so it logs no warnings. */
    static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), browsing-topics=(), camera=(), "
            + "clipboard-read=(), display-capture=(), encrypted-media=(), fullscreen=(), geolocation=(), "
            + "gyroscope=(), hid=(), idle-detection=(), local-fonts=(), magnetometer=(), microphone=(), midi=(), "
            + "payment=(), picture-in-picture=(), publickey-credentials-get=(), screen-wake-lock=(), serial=(), "
            + "sync-xhr=(), usb=(), window-management=(), xr-spatial-tracking=()";

    private static final String SEARCH_FORM = "form-action 'self'";
    private static final String NO_FORMS = "form-action 'none'";

    static final String PREVIEW_CONTENT_SECURITY_POLICY =
            CONTENT_SECURITY_POLICY.replace("default-src 'none'; ", "default-src 'none'; script-src 'self'; ");

    private static final List<Header> ALWAYS_BUT_THE_POLICY = List.of(
            new Header("X-Content-Type-Options", "nosniff"),
            new Header("X-Frame-Options", "DENY"),
            new Header("Referrer-Policy", "strict-origin-when-cross-origin"),
            new Header("Permissions-Policy", PERMISSIONS_POLICY),
            new Header("Cross-Origin-Opener-Policy", "same-origin"),
            new Header("Cross-Origin-Resource-Policy", "same-origin"));
    private static final Header HSTS = new Header("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);

    private final boolean httpsOnly;
    private final List<Header> always;

    /** HSTS as {@code microsite.hsts} says; the preview's policy allows its refresh script; no form without search. */
    SecurityHeaders(MicrositeProperties properties) {
        this.httpsOnly = properties.hsts();
        List<Header> headers = new ArrayList<>();
        String policy = properties.preview() ? PREVIEW_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY;
        headers.add(new Header("Content-Security-Policy",
                properties.search() ? policy : policy.replace(SEARCH_FORM, NO_FORMS)));
        headers.addAll(ALWAYS_BUT_THE_POLICY);
        this.always = List.copyOf(headers);
    }

    /**
     * Sets the headers; {@code request.isSecure()} is true for TLS, directly or behind a trusted proxy that sent
     * {@code X-Forwarded-Proto: https} (Tomcat's RemoteIpValve has applied it by now).
     */
    void apply(Request request, Response response) {
        apply(response.getCoyoteResponse().getMimeHeaders(), request.isSecure());
    }

    void apply(MimeHeaders headers, boolean overTls) {
        always.forEach(header -> header.setOn(headers));
        if (httpsOnly && overTls) {
            HSTS.setOn(headers);
        }
    }

    /**
     * A header encoded once. Tomcat encodes a header's name and value that are given as strings anew for every
     * response; these were most of the garbage a page request left behind, and so of the collector's pauses.
     * Each response gets its own copy of the bytes: Tomcat reuses a header's buffer for the next response and
     * writes into it when it is large enough (a {@code Content-Length}, or any header set as a string), which
     * turned a shared policy into {@code 0efault-src …}.
     */
    private record Header(String name, byte[] nameBytes, byte[] value) {

        Header(String name, String value) {
            this(name, name.getBytes(StandardCharsets.ISO_8859_1), value.getBytes(StandardCharsets.ISO_8859_1));
        }

        void setOn(MimeHeaders headers) {
            headers.removeHeader(name);
            headers.addValue(nameBytes.clone(), 0, nameBytes.length).setBytes(value.clone(), 0, value.length);
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
