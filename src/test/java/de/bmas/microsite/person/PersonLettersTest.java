package de.bmas.microsite.person;

import de.bmas.microsite.content.model.Doc;
import de.bmas.microsite.content.model.Person;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The people list files family names as the keyword index does: Ö under O, initials outside A–Z after Z. */
class PersonLettersTest {

    @Test
    void umlautsGoUnderTheirBaseLetterAndOtherInitialsLast() {
        List<PersonPages.Letter> letters = PersonPages.letters(List.of(
                person("Ana Ødegaard"), person("Ana Dujić"), person("Cem Özdemir"), person("Olaf Otto")));

        assertThat(letters).extracting(PersonPages.Letter::label).containsExactly("D", "O", "Weitere");
        assertThat(letters).extracting(PersonPages.Letter::id)
                .containsExactly("buchstabe-d", "buchstabe-o", "buchstabe-weitere");
        assertThat(letters.get(1).people()).extracting(person -> person.meta().name())
                .containsExactly("Cem Özdemir", "Olaf Otto");
    }

    private static Doc<Person> person(String name) {
        return new Doc<>(name.toLowerCase().replace(' ', '-'), new Person(name, null, null), "", Instant.EPOCH, null);
    }
}
