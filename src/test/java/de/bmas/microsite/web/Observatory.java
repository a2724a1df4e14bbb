package de.bmas.microsite.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The Mozilla HTTP Observatory's scoring (httpobs {@code docs/scoring.md}, with the modifiers of MDN's current
 * grader) applied to real responses. Each rule follows the published analyser: it starts at 100, subtracts the
 * penalties and adds the bonuses only when the rest scores at least 90. The scan and the score are here, the rules by
 * theme in {@link ObservatoryContentRules}, {@link ObservatoryCrossOriginRules} and {@link ObservatoryTransportRules}.
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

    private Observatory() {
    }

    public static List<Result> evaluate(Scan scan) {
        return List.of(ObservatoryContentRules.contentSecurityPolicy(scan.https()),
                ObservatoryCrossOriginRules.cookies(scan.cookies()), ObservatoryCrossOriginRules.cors(scan),
                ObservatoryTransportRules.redirection(scan), ObservatoryCrossOriginRules.referrerPolicy(scan.https()),
                ObservatoryTransportRules.strictTransportSecurity(scan.https()),
                ObservatoryContentRules.subresourceIntegrity(scan.https(), scan.host()),
                ObservatoryContentRules.xContentTypeOptions(scan.https()),
                ObservatoryCrossOriginRules.xFrameOptions(scan.https()),
                ObservatoryCrossOriginRules.crossOriginResourcePolicy(scan.https()));
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
}
