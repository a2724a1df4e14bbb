package de.bmas.microsite.site;

import de.bmas.microsite.check.HumanReport;
import de.bmas.microsite.content.source.ContentInvalidException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Start-up with content errors ends with the editors' report, as {@code check} prints it, not a stack trace. */
class ContentFailureAnalyzer extends AbstractFailureAnalyzer<ContentInvalidException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ContentInvalidException cause) {
        return new FailureAnalysis("Der Inhalt enthält Fehler:\n" + HumanReport.format(cause.report()),
                "Beheben Sie die genannten Stellen; mit „java -jar microsite.jar check“ prüfen Sie den Inhalt, "
                        + "ohne den Server zu starten.", cause);
    }
}
