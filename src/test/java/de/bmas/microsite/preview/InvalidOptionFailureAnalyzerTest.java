package de.bmas.microsite.preview;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** A mistyped option's value, as the preview's editors read it and as the server's operators do. */
class InvalidOptionFailureAnalyzerTest {

    private static final MockEnvironment PREVIEW = new MockEnvironment().withProperty("microsite.preview", "true");

    @Test
    void aValueThatCannotBeBoundIsNamedInGermanWithTheWayOut() {
        Throwable failure = catchThrowable(() -> new Binder(new MapConfigurationPropertySource(
                Map.of("microsite.strict", "ja"))).bind("microsite.strict", Boolean.class));

        FailureAnalysis analysis = new InvalidOptionFailureAnalyzer(PREVIEW).analyze(new IllegalStateException(failure));

        assertThat(analysis.getDescription())
                .isEqualTo("Die Vorschau kann nicht starten: „ja“ ist kein gültiger Wert für --microsite.strict.");
        assertThat(analysis.getAction()).isEqualTo("Starten Sie sie mit einem gültigen Wert oder ohne diese Angabe: "
                + "java -jar microsite.jar preview");
    }

    @Test
    void aValueThatCannotBeConvertedIsNamedInGerman() {
        Throwable failure = new InvalidConfigurationPropertyValueException("server.port", "8O81",
                "Failed to convert to type java.lang.Integer");

        assertThat(new InvalidOptionFailureAnalyzer(PREVIEW).analyze(failure).getDescription())
                .isEqualTo("Die Vorschau kann nicht starten: „8O81“ ist kein gültiger Wert für --server.port.");
    }

    @Test
    void theServerKeepsSpringsReportForItsOperators() {
        Throwable failure = new InvalidConfigurationPropertyValueException("server.port", "8O81", "not a number");

        assertThat(new InvalidOptionFailureAnalyzer(new MockEnvironment()).analyze(failure)).isNull();
    }
}
