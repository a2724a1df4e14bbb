package de.bmas.microsite.content.source;

/** Thrown where a site must not be built from content with errors: start-up and export. */
public class ContentInvalidException extends RuntimeException {

    private final ContentReport report;

    public ContentInvalidException(ContentReport report) {
        super("Content has " + report.errorCount() + " error(s)");
        this.report = report;
    }

    public ContentReport report() {
        return report;
    }
}
