package de.bmas.microsite.publish;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A start refused by the publishing guard ends with the guard's message instead of a stack trace. */
class PlaceholdersRefusedFailureAnalyzer extends AbstractFailureAnalyzer<PlaceholdersRefusedException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, PlaceholdersRefusedException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Ersetzen Sie die Platzhalter. Nur für eine Vorführung: ohne --strict starten, dann geht die Website "
                        + "mit ihren Platzhaltern online. / Replace the placeholders. For a demonstration only: "
                        + "start without --strict, and the site goes live with its placeholders.", cause);
    }
}
