package de.bmas.microsite.preview;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/**
 * An editor who starts the preview with an option's value mistyped ({@code --server.port=8O81},
 * {@code --microsite.strict=ja}) gets, instead of Spring's English report on converting and binding, which option
 * and the way out in German. Spring reports such a value by one of two exceptions, depending on where it is read.
 * The production server keeps Spring's own analysis, which its operators read.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class InvalidOptionFailureAnalyzer implements FailureAnalyzer {

    private final Environment environment;

    InvalidOptionFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        if (!PreviewMode.in(environment)) {
            return null;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidConfigurationPropertyValueException invalid) {
                return analysis(invalid.getName(), invalid.getValue(), failure);
            }
            if (cause instanceof BindException bind && bind.getProperty() != null) {
                return analysis(bind.getName().toString(), bind.getProperty().getValue(), failure);
            }
        }
        return null;
    }

    private static FailureAnalysis analysis(String option, Object value, Throwable failure) {
        return new FailureAnalysis("Die Vorschau kann nicht starten: „" + value + "“ ist kein gültiger Wert für --"
                + option + ".", "Starten Sie sie mit einem gültigen Wert oder ohne diese Angabe: java -jar "
                + "microsite.jar preview", failure);
    }
}
