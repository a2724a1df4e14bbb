package de.bmas.microsite.content.source;

/** Thrown when a production server would start on content with errors, which it must not serve. */
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
