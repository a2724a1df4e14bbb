package de.bmas.microsite.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * One response, ready to send: body and its gzip variant computed once per snapshot, with strong ETags for both.
 *
 * @param exportPath where the static export writes it, relative to the export folder; null for responses that
 *                   only the server sends (error pages other than 404)
 */
public record Resource(String route, String exportPath, String contentType, byte[] body, byte[] gzipped,
                       String etag, String gzipEtag, Instant lastModified, String cacheControl) {

    public static final String REVALIDATE = "public, max-age=60, must-revalidate";
    public static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private static final Set<String> COMPRESSIBLE = Set.of("text/html", "text/css", "text/javascript",
            "application/xml", "application/atom+xml", "application/json", "text/calendar", "text/plain",
            "image/svg+xml");

    public static Resource of(String route, String exportPath, String contentType, byte[] body, Instant lastModified,
                              String cacheControl) {
        String hash = sha256(body);
        byte[] gzipped = compressible(contentType) ? gzip(body) : null;
        if (gzipped != null && gzipped.length >= body.length) {
            gzipped = null;
        }
        String etag = "\"" + hash.substring(0, 32) + "\"";
        String gzipEtag = gzipped == null ? null : "\"" + hash.substring(0, 32) + "-gz\"";
        return new Resource(route, exportPath, contentType, body, gzipped, etag, gzipEtag, lastModified,
                cacheControl);
    }

    public boolean hasGzip() {
        return gzipped != null;
    }

    /** A short content hash, for fingerprinted file names. */
    public static String fingerprint(byte[] content) {
        return sha256(content).substring(0, 12);
    }

    private static boolean compressible(String contentType) {
        String type = contentType.split(";")[0].trim();
        return COMPRESSIBLE.contains(type);
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
