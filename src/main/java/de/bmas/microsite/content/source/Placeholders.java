package de.bmas.microsite.content.source;

import java.util.List;

/** Marks that a text is not finished yet: editors are warned, so nothing half-done is published by mistake. */
final class Placeholders {

    private Placeholders() {
    }

    static void warn(SourceText source, List<Problem> problems) {
        source.find("example.org").forEach(at -> problems.add(Problem.warning(at,
                "Platzhalter-Adresse „example.org“", "Ersetzen Sie sie durch die echte Adresse, sobald sie bekannt ist.")));
        source.find("TODO").forEach(at -> problems.add(Problem.warning(at,
                "Offener Punkt „TODO“", "Ergänzen Sie den fehlenden Text oder entfernen Sie den Vermerk.")));
        source.find("[Platzhalter").forEach(at -> problems.add(Problem.warning(at,
                "Platzhalter im Text", "Ersetzen Sie ihn, sobald die Angabe bekannt ist.")));
    }
}
