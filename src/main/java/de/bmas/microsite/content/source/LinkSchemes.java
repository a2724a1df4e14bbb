package de.bmas.microsite.content.source;

import de.bmas.microsite.content.model.SourcePosition;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which addresses a link in the text may have: web pages ({@code https:}, {@code http:}), mail and phone
 * ({@code mailto:}, {@code tel:}) and this site's own pages ({@code /…}, {@code #…}). Every other scheme either runs
 * something ({@code javascript:}, {@code vbscript:}), embeds a document of its own ({@code data:}) or leaves the web
 * ({@code file:}, {@code ftp:} …); the sanitizer would quietly drop such a link, so editors are told instead.
 */
final class LinkSchemes {

    static final Set<String> ALLOWED = Set.of("https", "http", "mailto", "tel");

    private static final Pattern SCHEME = Pattern.compile("([a-z][a-z0-9+.-]*):");
    /** Browsers drop tabs and newlines anywhere in an address and spaces and controls around it. */
    private static final Pattern IGNORED = Pattern.compile("[\\x00-\\x20\\x7F]");

    private LinkSchemes() {
    }

    /**
     * The scheme of {@code url} as a browser reads it, in lower case, or empty for an address without one. The
     * address must be decoded already (HTML entities, Markdown escapes).
     */
    static Optional<String> schemeOf(String url) {
        Matcher scheme = SCHEME.matcher(IGNORED.matcher(url).replaceAll("").toLowerCase(Locale.ROOT));
        return scheme.lookingAt() ? Optional.of(scheme.group(1)) : Optional.empty();
    }

    /** An error at {@code at} if the link's scheme is not allowed. */
    static Optional<Problem> check(String url, SourcePosition at) {
        return schemeOf(url).filter(scheme -> !ALLOWED.contains(scheme)).map(scheme -> Problem.error(at,
                "Der Link „" + abbreviate(url) + "“ verwendet „" + scheme + ":“, das hier nicht erlaubt ist",
                "Erlaubt sind Links auf Webseiten (https://…), E-Mail-Adressen (mailto:…), Telefonnummern (tel:…) "
                        + "und Seiten dieser Website (/…); Skripte und eingebettete Daten nicht."));
    }

    private static String abbreviate(String url) {
        String oneLine = IGNORED.matcher(url).replaceAll(" ").strip();
        return oneLine.length() > 60 ? oneLine.substring(0, 57) + "…" : oneLine;
    }
}
