package de.bmas.microsite.content.source;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Addresses as HTML accepts them in {@code href} and {@code src}. Characters that may not stand in an address
 * (spaces, umlauts, brackets …) are percent-encoded, as CommonMark's reference renderer does; what is still no
 * address then (a host with characters no host has, credentials, a second {@code #}) is refused. RFC 3986 as
 * {@link URI} checks it is stricter than the URL standard browsers follow, so what passes here is valid there.
 */
final class WebAddresses {

    /** Kept as written: letters, digits, the reserved and unreserved characters of RFC 3986, and "%". */
    private static final String KEPT = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
            + ";/?:@&=+$,-_.!~*'()#%";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private WebAddresses() {
    }

    /** {@code url} percent-encoded where needed, or empty if it is not a valid address even then. */
    static Optional<String> normalize(String url) {
        String encoded = encode(url.strip());
        try {
            URI uri = new URI(encoded);
            boolean web = uri.getScheme() != null && (uri.getScheme().equalsIgnoreCase("http")
                    || uri.getScheme().equalsIgnoreCase("https"));
            if (uri.getRawUserInfo() != null || web && !validHost(uri.getHost())) {
                return Optional.empty();
            }
            return Optional.of(encoded);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static boolean validHost(String host) {
        if (host == null || host.isEmpty()) {
            return false;
        }
        try {
            IDN.toASCII(host.toLowerCase(Locale.ROOT), IDN.USE_STD3_ASCII_RULES);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Percent-encodes what is not kept; a "%" not followed by two hex digits is encoded too. */
    private static String encode(String url) {
        StringBuilder out = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            boolean escape = c == '%' && (i + 2 >= url.length() || !isHex(url.charAt(i + 1))
                    || !isHex(url.charAt(i + 2)));
            if (KEPT.indexOf(c) >= 0 && !escape) {
                out.append(c);
                continue;
            }
            int end = Character.isHighSurrogate(c) && i + 1 < url.length() ? i + 2 : i + 1;
            for (byte b : url.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
            i = end - 1;
        }
        return out.toString();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0 && c < 128;
    }
}
