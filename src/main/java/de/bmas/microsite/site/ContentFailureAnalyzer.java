package de.bmas.microsite.content.source;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Start-up with content errors ends with the editors' report instead of a stack trace. */
class ContentFailureAnalyzer extends AbstractFailureAnalyzer<ContentInvalidException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ContentInvalidException cause) {
        return new FailureAnalysis("Der Inhalt enthält Fehler:\n" + cause.report().format(),
                "Beheben Sie die genannten Stellen; mit „java -jar target/microsite.jar check“ prüfen Sie den "
                        + "Inhalt, ohne den Server zu starten.", cause);
    }
}
