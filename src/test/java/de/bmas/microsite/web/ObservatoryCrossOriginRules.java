package de.bmas.microsite.web;

import de.bmas.microsite.web.Observatory.Result;
import de.bmas.microsite.web.Observatory.Scan;

import java.util.Arrays;
import java.util.List;

/**
 * The Observatory's rules on what other sites may do with the site's answers and learn about its visitors: read them
 * (CORS and the legacy cross-domain files), embed them (Cross-Origin-Resource-Policy), frame them (X-Frame-Options or
 * CSP {@code frame-ancestors}), and the referrer and cookies a visit hands on.
 */
final class ObservatoryCrossOriginRules {

    private ObservatoryCrossOriginRules() {
    }

    /** Cookies are not scored further here: the site sets none, and a test says so. */
    static Result cookies(List<String> cookies) {
        return cookies.isEmpty() ? new Result("cookies", "cookies-not-found", 0)
                : new Result("cookies", "cookies-found-but-not-scored", -40);
    }

    static Result cors(Scan scan) {
        String allowOrigin = scan.https().header("Access-Control-Allow-Origin");
        if (scan.crossDomainFiles()) {
            return new Result("cross-origin-resource-sharing", "cross-origin-resource-sharing-files-not-scored", -50);
        }
        if (allowOrigin == null) {
            return new Result("cross-origin-resource-sharing", "cross-origin-resource-sharing-not-implemented", 0);
        }
        boolean credentials = "true".equalsIgnoreCase(scan.https().header("Access-Control-Allow-Credentials"));
        return !allowOrigin.equals("*") && credentials
                ? new Result("cross-origin-resource-sharing",
                "cross-origin-resource-sharing-implemented-with-universal-access", -50)
                : new Result("cross-origin-resource-sharing",
                "cross-origin-resource-sharing-implemented-with-public-access", 0);
    }

    static Result crossOriginResourcePolicy(RawHttp.Response response) {
        String header = response.header("Cross-Origin-Resource-Policy");
        if (header == null) {
            return new Result("cross-origin-resource-policy", "corp-not-implemented", 0);
        }
        return switch (header.strip().toLowerCase()) {
            case "same-origin" -> new Result("cross-origin-resource-policy", "corp-implemented-with-same-origin", 10);
            case "same-site" -> new Result("cross-origin-resource-policy", "corp-implemented-with-same-site", 10);
            case "cross-origin" -> new Result("cross-origin-resource-policy", "corp-implemented-with-cross-origin", 0);
            default -> new Result("cross-origin-resource-policy", "corp-header-invalid", -5);
        };
    }

    static Result xFrameOptions(RawHttp.Response response) {
        String csp = response.header("Content-Security-Policy");
        if (csp != null && ObservatoryContentRules.parseCsp(csp).containsKey("frame-ancestors")) {
            return new Result("x-frame-options", "x-frame-options-implemented-via-csp", 5);
        }
        String header = response.header("X-Frame-Options");
        if (header == null) {
            return new Result("x-frame-options", "x-frame-options-not-implemented", -20);
        }
        String value = header.strip().toLowerCase();
        if (value.equals("deny") || value.equals("sameorigin")) {
            return new Result("x-frame-options", "x-frame-options-sameorigin-or-deny", 0);
        }
        return value.startsWith("allow-from ") ? new Result("x-frame-options", "x-frame-options-allow-from-origin", 0)
                : new Result("x-frame-options", "x-frame-options-header-invalid", -20);
    }

    static Result referrerPolicy(RawHttp.Response response) {
        String header = response.header("Referrer-Policy");
        if (header == null) {
            return new Result("referrer-policy", "referrer-policy-not-implemented", 0);
        }
        List<String> good = List.of("no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin");
        List<String> bad = List.of("origin", "origin-when-cross-origin", "unsafe-url", "no-referrer-when-downgrade");
        List<String> valid = Arrays.stream(header.toLowerCase().split(",")).map(String::strip)
                .filter(token -> good.contains(token) || bad.contains(token)).toList();
        if (valid.isEmpty()) {
            return new Result("referrer-policy", "referrer-policy-header-invalid", -5);
        }
        return good.contains(valid.get(valid.size() - 1))
                ? new Result("referrer-policy", "referrer-policy-private", 5)
                : new Result("referrer-policy", "referrer-policy-unsafe", -5);
    }
}
