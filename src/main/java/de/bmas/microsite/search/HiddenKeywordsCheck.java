package de.bmas.microsite.search;

import de.bmas.microsite.content.model.Doc;
import de.bmas.microsite.content.model.Event;
import de.bmas.microsite.content.model.Snapshot;
import de.bmas.microsite.content.source.Problem;
import de.bmas.microsite.site.SnapshotCheck;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.stream.IntStream;

/**
 * A term under {@code hidden_keywords} that the A–Z index does not list hides nothing: a typing error, or a term
 * the texts no longer have. A warning at the entry, as the editor would otherwise wonder why the term still shows.
 */
@Component
class HiddenKeywordsCheck implements SnapshotCheck {

    private final SearchIndexes indexes;

    HiddenKeywordsCheck(SearchIndexes indexes) {
        this.indexes = indexes;
    }

    @Override
    public List<Problem> problems(Snapshot snapshot) {
        Doc<Event> event = snapshot.event();
        List<String> hidden = event.meta().hiddenKeywords();
        if (hidden.isEmpty()) {
            return List.of();
        }
        KeywordIndex keywords = indexes.of(snapshot).keywords();
        return IntStream.range(0, hidden.size())
                .filter(i -> !keywords.hasTerm(hidden.get(i)))
                .mapToObj(i -> Problem.warning(event.origin().at("/hidden_keywords/" + i),
                        "„" + hidden.get(i).strip() + "“ steht nicht als Begriff in den Stichwörtern A–Z",
                        "Ausblenden lassen sich nur Begriffe, die unter /stichwoerter stehen, so geschrieben wie "
                                + "dort (Groß- und Kleinschreibung egal); Personen, Themen, Infostände und Seiten "
                                + "bleiben immer. Prüfen Sie die Schreibweise, oder entfernen Sie den Eintrag."))
                .toList();
    }
}
