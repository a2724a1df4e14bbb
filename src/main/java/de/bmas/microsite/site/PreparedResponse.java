package de.bmas.microsite.site;

import de.bmas.microsite.Sha256;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * One response, ready to send: body, gzip variant, strong ETags and header values are computed once per
 * snapshot, so sending it costs no more than writing bytes.
 *
 * @param exportPath         where the static export writes it, relative to the export folder; null for responses
 *                           that only the server sends (the page for server errors)
 * @param lastModifiedHeader when the content last changed, as an HTTP date, or null when unknown
 */
public record PreparedResponse(String route, String exportPath, String contentType, byte[] body, byte[] gzipped,
                       String etag, String gzipEtag, String lastModifiedHeader, String cacheControl) {

    /** Pages and outputs change with the content: browsers and CDNs keep them briefly, then ask again. */
    public static final String REVALIDATE = "public, max-age=60, must-revalidate";
    /** In preview, editors must see every change at once; the ETag still saves the download. */
    public static final String NO_CACHE = "no-cache";
    /** Error answers and the preview's problems page: never kept, so the address answers anew once it works. */
    public static final String NO_STORE = "no-store";
    /** Fingerprinted assets never change under their URL. */
    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private static final Set<String> COMPRESSIBLE = Set.of("text/html", "text/css", "text/javascript",
            "application/javascript", "application/xml", "text/xml", "application/atom+xml", "application/rss+xml",
            "application/json", "application/ld+json", "text/calendar", "text/plain", "image/svg+xml");

    /** IMF-fixdate (RFC 9110); Java's RFC_1123_DATE_TIME would drop the leading zero of the day. */
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    /** zlib's default: on these pages level 9 saves 0.3 % of the bytes and takes about a tenth longer. */
    private static final int GZIP_LEVEL = 6;

    public static PreparedResponse of(String route, String exportPath, String contentType, byte[] body, Instant lastModified,
                              String cacheControl) {
        String hash = Sha256.hex(body).substring(0, 32);
        byte[] gzipped = compressible(contentType) ? gzip(body) : null;
        if (gzipped != null && gzipped.length >= body.length) {
            gzipped = null;
        }
        return new PreparedResponse(route, exportPath, contentType, body, gzipped, "\"" + hash + "\"",
                gzipped == null ? null : "\"" + hash + "-gz\"", httpDate(lastModified), cacheControl);
    }

    public boolean hasGzip() {
        return gzipped != null;
    }

    /** A short content hash, for fingerprinted file names. */
    public static String fingerprint(byte[] content) {
        return Sha256.hex(content).substring(0, 12);
    }

    private static String httpDate(Instant instant) {
        return instant == null ? null : HTTP_DATE.format(instant);
    }

    private static boolean compressible(String contentType) {
        int semicolon = contentType.indexOf(';');
        return COMPRESSIBLE.contains((semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim());
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(GZIP_LEVEL);
            }
        }) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
