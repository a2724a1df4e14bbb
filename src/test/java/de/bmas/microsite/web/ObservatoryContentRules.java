package de.bmas.microsite.web;

import de.bmas.microsite.web.Observatory.Result;
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
 * The Observatory's rules on what the browser may load and run in the page: the Content Security Policy (whose parser
 * the X-Frame-Options rule reuses), Subresource Integrity of scripts and {@code X-Content-Type-Options}.
 */
final class ObservatoryContentRules {

    private static final Set<String> BROAD = Set.of("ftp:", "http:", "https:", "*", "http://*", "http://*.*",
            "https://*", "https://*.*");
    private static final Set<String> UNSAFE_INLINE = Set.of("'unsafe-inline'", "data:");

    private ObservatoryContentRules() {
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

    private static boolean intersects(Set<String> sources, Set<String> forbidden) {
        return sources.stream().anyMatch(forbidden::contains);
    }
}
