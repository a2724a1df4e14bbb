package de.bmas.microsite.web;

import de.bmas.microsite.site.PreparedResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Enumeration;

/**
 * Sends a prepared response: ETag validation, gzip negotiation and HEAD, with every header value prepared in
 * advance. {@code If-Modified-Since} is deliberately not answered with 304: a page also shows parts of other files
 * and the templates, so the date of its own file cannot prove the body unchanged; the strong ETag can.
 */
final class ResponseWriter {

    private ResponseWriter() {
    }

    static void send(HttpServletRequest request, HttpServletResponse response, PreparedResponse prepared) throws IOException {
        boolean gzip = prepared.hasGzip() && acceptsGzip(request.getHeaders("Accept-Encoding"));
        String etag = gzip ? prepared.gzipEtag() : prepared.etag();
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", prepared.cacheControl());
        if (prepared.hasGzip()) {
            response.setHeader("Vary", "Accept-Encoding");
        }
        if (prepared.lastModifiedHeader() != null) {
            response.setHeader("Last-Modified", prepared.lastModifiedHeader());
        }
        if (matches(request.getHeaders("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(prepared.contentType());
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        write(request, response, gzip ? prepared.gzipped() : prepared.body());
    }

    static void error(HttpServletRequest request, HttpServletResponse response, PreparedResponse page, int status)
            throws IOException {
        ErrorPages.prepare(response, status);
        response.setContentType(page.contentType());
        write(request, response, page.body());
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, byte[] body)
            throws IOException {
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    /** Whether gzip is acceptable: named with a quality above zero, or else covered by {@code *} (RFC 9110 12.5.3). */
    static boolean acceptsGzip(Enumeration<String> acceptEncoding) {
        double gzip = -1;
        double any = -1;
        while (acceptEncoding.hasMoreElements()) {
            for (String coding : acceptEncoding.nextElement().split(",")) {
                String[] parts = coding.split(";");
                String name = parts[0].trim();
                if (name.equalsIgnoreCase("gzip") || name.equalsIgnoreCase("x-gzip")) {
                    gzip = Math.max(gzip, quality(parts));
                } else if (name.equals("*")) {
                    any = Math.max(any, quality(parts));
                }
            }
        }
        return (gzip >= 0 ? gzip : any) > 0;
    }

    private static double quality(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String parameter = parameters[i].trim();
            if (parameter.startsWith("q=") || parameter.startsWith("Q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2).trim());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }

    /** If-None-Match uses the weak comparison: {@code W/"x"} matches {@code "x"} (RFC 9110 13.1.2). */
    private static boolean matches(Enumeration<String> ifNoneMatch, String etag) {
        while (ifNoneMatch.hasMoreElements()) {
            for (String candidate : ifNoneMatch.nextElement().split(",")) {
                String tag = candidate.trim();
                if (tag.startsWith("W/")) {
                    tag = tag.substring(2);
                }
                if (tag.equals("*") || tag.equals(etag)) {
                    return true;
                }
            }
        }
        return false;
    }
}
