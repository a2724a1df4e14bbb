package de.bmas.microsite.web;

import de.bmas.microsite.site.PreparedResponse;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.ObjectProvider;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Replaces Tomcat's error report, which names the server in English, with the site's German error page. It
 * answers the errors that Spring's error path does not render, such as a request Tomcat rejects before it
 * reaches the application.
 */
final class ErrorPageValve extends ErrorReportValve {

    private final ObjectProvider<ErrorPages> pages;
    private final SecurityHeaders headers;

    /** The pages are looked up per error, so the valve can exist before the first site is built. */
    ErrorPageValve(ObjectProvider<ErrorPages> pages, SecurityHeaders headers) {
        this.pages = pages;
        this.headers = headers;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        if (response.getStatus() < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        int status = ErrorPages.status(response.getStatus());
        PreparedResponse page = pages.getObject().page(status);
        ErrorPages.prepare(response, status);
        // Tomcat resets the response after an exception, headers included
        headers.apply(request, response);
        response.setContentType(page.contentType());
        try {
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(new String(page.body(), StandardCharsets.UTF_8));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response was committed meanwhile: nothing left to report to
        }
    }
}
