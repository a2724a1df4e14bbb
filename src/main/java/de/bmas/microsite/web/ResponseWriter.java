package de.bmas.microsite.web;

import de.bmas.microsite.site.Resource;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Enumeration;

/** Writes a pre-rendered resource with conditional requests, gzip negotiation and HEAD handled. */
final class ResponseWriter {

    private ResponseWriter() {
    }

    static void send(HttpServletRequest request, HttpServletResponse response, Resource resource) throws IOException {
        boolean gzip = resource.hasGzip() && acceptsGzip(request);
        String etag = gzip ? resource.gzipEtag() : resource.etag();
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", resource.cacheControl());
        if (resource.hasGzip()) {
            response.setHeader("Vary", "Accept-Encoding");
        }
        if (resource.lastModified() != null && !resource.lastModified().equals(java.time.Instant.EPOCH)) {
            response.setHeader("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME
                    .format(resource.lastModified().truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC)));
        }
        if (matches(request.getHeaders("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(resource.contentType());
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        write(request, response, gzip ? resource.gzipped() : resource.body());
    }

    static void error(HttpServletRequest request, HttpServletResponse response, Resource page, int status)
            throws IOException {
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
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

    /** Whether the client accepts gzip with a non-zero quality. */
    static boolean acceptsGzip(HttpServletRequest request) {
        Enumeration<String> headers = request.getHeaders("Accept-Encoding");
        while (headers.hasMoreElements()) {
            for (String coding : headers.nextElement().split(",")) {
                String[] parts = coding.trim().split(";");
                String name = parts[0].trim();
                if (name.equalsIgnoreCase("gzip") || name.equals("*")) {
                    return !zeroQuality(parts);
                }
            }
        }
        return false;
    }

    private static boolean zeroQuality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim().replace(" ", "");
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2)) <= 0;
                } catch (NumberFormatException e) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matches(Enumeration<String> ifNoneMatch, String etag) {
        while (ifNoneMatch.hasMoreElements()) {
            for (String candidate : ifNoneMatch.nextElement().split(",")) {
                String tag = candidate.trim();
                if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                    return true;
                }
            }
        }
        return false;
    }
}
