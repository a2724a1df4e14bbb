package de.bmas.microsite;

import de.bmas.microsite.testing.InProcess;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What {@code java -jar microsite.jar} answers to a command it does not know: editors type these too. */
class CommandLineTest {

    @Test
    void anUnknownCommandIsNamedInGermanWithTheCommandsThereAre() {
        InProcess.Result result = InProcess.run("pruefen");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderr()).startsWith("Unbekannter Befehl „pruefen“. Befehle: preview | init ORDNER | check")
                .contains("export --out=ORDNER");
    }
}
