package de.bmas.microsite.content.source;

import de.bmas.microsite.content.model.FieldPositions;
import de.bmas.microsite.content.model.Person;
import de.bmas.microsite.content.model.ServicePage;
import de.bmas.microsite.content.model.Session;
import de.bmas.microsite.content.model.SourcePosition;
import de.bmas.microsite.content.model.Stand;
import de.bmas.microsite.content.model.Topic;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A file whose fields are unknown where it stands but all known in another folder, as a session copied into
 * {@code personen/}: its unknown fields are each reported, and this says where it belongs.
 */
final class WrongFolder {

    private record Kind(Class<?> type, String folder, String name) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind(Session.class, ContentLoader.SESSIONS_DIR, "zu einer Session"),
            new Kind(Topic.class, ContentLoader.TOPICS_DIR, "zu einem Thema"),
            new Kind(Stand.class, ContentLoader.STANDS_DIR, "zu einem Stand"),
            new Kind(Person.class, ContentLoader.PEOPLE_DIR, "zu einer Person"),
            new Kind(ServicePage.class, ContentLoader.PAGES_DIR, "zu einer Seite"));

    private WrongFolder() {
    }

    /** A warning if the fields of a file read as {@code type} are not all its fields, but all another kind's. */
    static Optional<Problem> check(Class<?> type, FieldPositions positions, SourcePosition file) {
        Set<String> keys = positions.keys().keySet().stream()
                .filter(pointer -> pointer.lastIndexOf('/') == 0)
                .map(pointer -> pointer.substring(1))
                .collect(Collectors.toSet());
        if (keys.isEmpty() || FieldNames.of(type).containsAll(keys)) {
            return Optional.empty();
        }
        // the kind with the fewest fields that has them all: a title and a teaser are a topic's, not a session's
        return KINDS.stream()
                .filter(kind -> kind.type() != type && FieldNames.of(kind.type()).containsAll(keys))
                .min(Comparator.comparingInt(kind -> FieldNames.of(kind.type()).size()))
                .map(kind -> Problem.warning(file, "Die Felder gehören " + kind.name(),
                        "Gehört die Datei in den Ordner „" + kind.folder() + "/“? Dort passen alle ihre Felder."));
    }
}
