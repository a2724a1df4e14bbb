package de.bmas.microsite.preview;

import org.apache.commons.logging.LogFactory;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalysisReporter;
import org.springframework.boot.diagnostics.LoggingFailureAnalysisReporter;
import org.springframework.util.StringUtils;

/**
 * Why the preview could not start, as editors read its console: what happened and, where the analysis says, what
 * to do, as plain paragraphs, without the log line and Spring's English frame („APPLICATION FAILED TO START“,
 * „Description“, „Action“) around them. The preview turns Spring's own report off
 * ({@code application-preview.properties}), which is how this reporter knows to speak; the server keeps Spring's
 * report, which its operators read.
 */
class PlainFailureReporter implements FailureAnalysisReporter {

    @Override
    public void report(FailureAnalysis analysis) {
        if (!LogFactory.getLog(LoggingFailureAnalysisReporter.class).isErrorEnabled()) {
            System.err.println();
            System.err.println(analysis.getDescription());
            if (StringUtils.hasText(analysis.getAction())) {
                System.err.println();
                System.err.println(analysis.getAction());
            }
        }
    }
}
