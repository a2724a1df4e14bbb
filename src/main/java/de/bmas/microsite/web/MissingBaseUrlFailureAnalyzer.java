package de.bmas.microsite.web;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A production start without the public address ends with what to add, not with a stack trace. */
class MissingBaseUrlFailureAnalyzer extends AbstractFailureAnalyzer<BaseUrlRequired.MissingBaseUrlException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, BaseUrlRequired.MissingBaseUrlException cause) {
        return new FailureAnalysis("The public address of the site (microsite.base-url) is not set. Canonical links, "
                + "the sitemap, the feed, calendars and schedules would name http://localhost:8080 instead.",
                "Start with --microsite.base-url=https://www.example.de (the address visitors use). "
                        + "For the editors' preview, run 'java -jar microsite.jar preview' instead.", cause);
    }
}
