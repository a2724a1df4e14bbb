package de.bmas.microsite.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Mozilla HTTP Observatory's scoring (httpobs {@code docs/scoring.md}, with the modifiers of MDN's current
 * grader) applied to real responses. Each rule follows the published analyser: it starts at 100, subtracts the
 * penalties and adds the bonuses only when the rest scores at least 90.
 */
public final class Observatory {

    /** What one test found, with the Observatory's name for the outcome and its modifier. */
    public record Result(String test, String outcome, int modifier) {
    }

    /**
     * What the scanner looks at: the answer to {@code https://host/}, the first answer to {@code http://host/},
     * every cookie the site set, and whether the legacy cross-domain policy files exist.
     */
    public record Scan(RawHttp.Response https, RawHttp.Response http, String host, List<String> cookies,
                       boolean crossDomainFiles) {
    }

    private static final Set<String> BROAD = Set.of("ftp:", "http:", "https:", "*", "http://*", "http://*.*",
            "https://*", "https://*.*");
    private static final Set<String> UNSAFE_INLINE = Set.of("'unsafe-inline'", "data:");

    private Observatory() {
    }

    public static List<Result> evaluate(Scan scan) {
        return List.of(contentSecurityPolicy(scan.https()), cookies(scan.cookies()), cors(scan),
                redirection(scan), referrerPolicy(scan.https()), strictTransportSecurity(scan.https()),
                subresourceIntegrity(scan.https(), scan.host()), xContentTypeOptions(scan.https()),
                xFrameOptions(scan.https()), crossOriginResourcePolicy(scan.https()));
    }

    public static int score(List<Result> results) {
        int penalties = 100 + results.stream().mapToInt(Result::modifier).filter(m -> m < 0).sum();
        int bonuses = results.stream().mapToInt(Result::modifier).filter(m -> m > 0).sum();
        return Math.max(0, penalties >= 90 ? penalties + bonuses : penalties);
    }

    /**
     * What the scanner sees of {@code https://host/target} behind the operator's TLS proxy, on the server at
     * {@code port}: the answer with {@code X-Forwarded-Proto: https}, the first answer with {@code http}, the cookies
     * and the legacy cross-domain policy files.
     */
    public static Scan scan(int port, String host, String target) {
        List<String> cookies = new ArrayList<>();
        RawHttp.Response https = RawHttp.send(port, "GET " + target + " HTTP/1.1\r\nHost: " + host
                + "\r\nX-Forwarded-Proto: https\r\nOrigin: https://observatory.example\r\nConnection: close\r\n\r\n");
        RawHttp.Response http = RawHttp.send(port, "GET " + target + " HTTP/1.1\r\nHost: " + host
                + "\r\nX-Forwarded-Proto: http\r\nConnection: close\r\n\r\n");
        RawHttp.Response crossDomain = RawHttp.request(port, "GET", "/crossdomain.xml", "X-Forwarded-Proto: https");
        RawHttp.Response clientAccess = RawHttp.request(port, "GET", "/clientaccesspolicy.xml",
                "X-Forwarded-Proto: https");
        for (RawHttp.Response response : List.of(https, http, crossDomain, clientAccess)) {
            List<String> set = response.headers().get("Set-Cookie");
            if (set != null) {
                cookies.addAll(set);
            }
        }
        return new Scan(https, http, host, cookies, crossDomain.status() == 200 || clientAccess.status() == 200);
    }

    static Result contentSecurityPolicy(RawHttp.Response response) {
        String header = response.header("Content-Security-Policy");
        if (header == null) {
            return new Result("content-security-policy", "csp-not-implemented", -25);
        }
        Map<String, Set<String>> csp;
        try {
            csp = parseCsp(header);
        } catch (IllegalArgumentException e) {
            return new Result("content-security-policy", "csp-header-invalid", -25);
        }
        Set<String> defaultSrc = csp.getOrDefault("default-src", Set.of("*"));
        Set<String> scriptSrc = csp.getOrDefault("script-src", defaultSrc);
        Set<String> objectSrc = csp.getOrDefault("object-src", defaultSrc);
        Set<String> styleSrc = csp.getOrDefault("style-src", defaultSrc);
        Set<String> passive = new HashSet<>(csp.getOrDefault("img-src", csp.getOrDefault("default-src", Set.of())));
        passive.addAll(csp.getOrDefault("media-src", csp.getOrDefault("default-src", Set.of())));
        Set<String> active = csp.entrySet().stream()
                .filter(entry -> !Set.of("img-src", "media-src", "script-src").contains(entry.getKey()))
                .flatMap(entry -> entry.getValue().stream()).collect(Collectors.toCollection(HashSet::new));
        active.addAll(scriptSrc);
        if (intersects(scriptSrc, BROAD) || intersects(scriptSrc, UNSAFE_INLINE) || intersects(objectSrc, BROAD)) {
            return new Result("content-security-policy", "csp-implemented-with-unsafe-inline", -20);
        }
        if (active.stream().anyMatch(source -> source.startsWith("http:") || source.startsWith("ftp:"))) {
            return new Result("content-security-policy", "csp-implemented-with-insecure-scheme", -20);
        }
        if (scriptSrc.contains("'unsafe-eval'") || styleSrc.contains("'unsafe-eval'")) {
            return new Result("content-security-policy", "csp-implemented-with-unsafe-eval", -10);
        }
        if (passive.stream().anyMatch(source -> source.startsWith("http:") || source.startsWith("ftp:"))) {
            return new Result("content-security-policy",
                    "csp-implemented-with-insecure-scheme-in-passive-content-only", -10);
        }
        if (intersects(styleSrc, BROAD) || intersects(styleSrc, UNSAFE_INLINE)) {
            return new Result("content-security-policy", "csp-implemented-with-unsafe-inline-in-style-src-only", 0);
        }
        if (Set.of("'none'").equals(csp.get("default-src"))) {
            return new Result("content-security-policy", "csp-implemented-with-no-unsafe-default-src-none", 10);
        }
        return new Result("content-security-policy", "csp-implemented-with-no-unsafe", 5);
    }

    /** Directives with their sources; a directive without sources means 'none', a repeated one is invalid. */
    static Map<String, Set<String>> parseCsp(String header) {
        String policy = header.replace("\r", "").replace("\n", "").strip();
        if (policy.length() < "img-src".length() - 1) {
            throw new IllegalArgumentException("too short");
        }
        Map<String, Set<String>> csp = new HashMap<>();
        for (String directive : policy.split(";")) {
            String[] parts = directive.strip().split("\\s+");
            if (parts[0].isEmpty()) {
                continue;
            }
            Set<String> sources = parts.length == 1 ? Set.of("'none'")
                    : Arrays.stream(parts, 1, parts.length).map(String::toLowerCase).collect(Collectors.toSet());
            if (csp.put(parts[0], sources) != null) {
                throw new IllegalArgumentException("repeated directive " + parts[0]);
            }
        }
        return csp;
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

    static Result redirection(Scan scan) {
        RawHttp.Response first = scan.http();
        String location = first.header("Location");
        if (first.status() < 300 || first.status() >= 400 || location == null) {
            return new Result("redirection", "redirection-missing", -20);
        }
        URI target = URI.create(location);
        if (!"https".equals(target.getScheme())) {
            return new Result("redirection", "redirection-not-to-https-on-initial-redirection", -10);
        }
        if (!scan.host().equals(target.getHost())) {
            return new Result("redirection", "redirection-off-host-from-http", -5);
        }
        return new Result("redirection", "redirection-to-https", 0);
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

    /** Not preloaded (that is up to the operator), so at best 0. */
    static Result strictTransportSecurity(RawHttp.Response response) {
        String header = response.header("Strict-Transport-Security");
        if (header == null) {
            return new Result("strict-transport-security", "hsts-not-implemented", -20);
        }
        Long maxAge = null;
        for (String parameter : header.toLowerCase().split(";")) {
            if (parameter.strip().startsWith("max-age=")) {
                try {
                    maxAge = Long.parseLong(parameter.strip().substring("max-age=".length()));
                } catch (NumberFormatException e) {
                    maxAge = null;
                }
            }
        }
        if (header.contains(",") || maxAge == null) {
            return new Result("strict-transport-security", "hsts-header-invalid", -20);
        }
        // the analyser accepts 15552000 (180 days) as six months
        return maxAge >= 15_552_000
                ? new Result("strict-transport-security", "hsts-implemented-max-age-at-least-six-months", 0)
                : new Result("strict-transport-security", "hsts-implemented-max-age-less-than-six-months", -10);
    }

    static Result subresourceIntegrity(RawHttp.Response response, String host) {
        String type = response.header("Content-Type");
        if (type == null || !type.startsWith("text/html")) {
            return new Result("subresource-integrity", "sri-not-implemented-response-not-html", 0);
        }
        List<Element> scripts = new ArrayList<>(Jsoup.parse(response.text()).select("script[src]"));
        if (scripts.isEmpty()) {
            return new Result("subresource-integrity", "sri-not-implemented-but-no-scripts-loaded", 0);
        }
        boolean allIntegrity = scripts.stream().allMatch(script -> script.hasAttr("integrity"));
        boolean allLocal = scripts.stream().map(script -> URI.create(script.attr("src")))
                .allMatch(src -> src.getHost() == null || src.getHost().equals(host));
        boolean allSecure = scripts.stream().map(script -> script.attr("src"))
                .noneMatch(src -> src.startsWith("http:") || src.startsWith("//"));
        if (!allSecure) {
            return new Result("subresource-integrity", "sri-not-implemented-and-external-scripts-not-loaded-securely",
                    -50);
        }
        if (allIntegrity) {
            return new Result("subresource-integrity", "sri-implemented-and-all-scripts-loaded-securely", 5);
        }
        String outcome = allLocal ? "sri-not-implemented-but-all-scripts-loaded-from-secure-origin"
                : "sri-not-implemented-but-external-scripts-loaded-securely";
        return new Result("subresource-integrity", outcome, allLocal ? 0 : -5);
    }

    static Result xContentTypeOptions(RawHttp.Response response) {
        String header = response.header("X-Content-Type-Options");
        if (header == null) {
            return new Result("x-content-type-options", "x-content-type-options-not-implemented", -5);
        }
        return header.strip().equalsIgnoreCase("nosniff")
                ? new Result("x-content-type-options", "x-content-type-options-nosniff", 0)
                : new Result("x-content-type-options", "x-content-type-options-header-invalid", -5);
    }

    static Result xFrameOptions(RawHttp.Response response) {
        String csp = response.header("Content-Security-Policy");
        if (csp != null && parseCsp(csp).containsKey("frame-ancestors")) {
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

    private static boolean intersects(Set<String> sources, Set<String> forbidden) {
        return sources.stream().anyMatch(forbidden::contains);
    }
}
