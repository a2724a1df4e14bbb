package de.bmas.microsite.session;

import de.bmas.microsite.content.model.Doc;
import de.bmas.microsite.content.model.Person;
import de.bmas.microsite.content.model.Quote;
import de.bmas.microsite.content.model.Snapshot;

import java.util.List;

/** A quote with the person who said it, for the caption that links to their page. */
record Said(String text, Doc<Person> person) {

    /** The quotes whose person the snapshot knows; the check has reported any other as an error. */
    static List<Said> of(Snapshot snapshot, List<Quote> quotes) {
        return quotes.stream()
                .flatMap(quote -> snapshot.person(quote.person()).map(person -> new Said(quote.text(), person)).stream())
                .toList();
    }
}
