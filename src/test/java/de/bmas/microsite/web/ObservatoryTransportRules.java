package de.bmas.microsite.web;

import de.bmas.microsite.web.Observatory.Result;
import de.bmas.microsite.web.Observatory.Scan;

import java.net.URI;

/** The Observatory's rules on reaching the site only over HTTPS: the first redirection from HTTP, and HSTS. */
final class ObservatoryTransportRules {

    private ObservatoryTransportRules() {
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
}
