package de.bmas.microsite.web;

import de.bmas.microsite.site.Routes;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import java.io.IOException;

/**
 * Spring's error path: every error the application or Tomcat reports with a status ends here and gets the German
 * error page, never a stack trace or a framework's page. Replaces Spring Boot's BasicErrorController.
 */
@Controller
@ConditionalOnWebApplication
class SiteErrorController implements ErrorController {

    private final ErrorPages pages;

    SiteErrorController(ErrorPages pages) {
        this.pages = pages;
    }

    @RequestMapping("${server.error.path:" + Routes.ERROR + "}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // a client asking for the error path itself has asked for a page the site does not have
        int status = ErrorPages.status(request.getDispatcherType() != DispatcherType.ERROR
                ? HttpServletResponse.SC_NOT_FOUND
                : code instanceof Integer number ? number : HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        ResponseWriter.error(request, response, pages.page(status), status);
    }
}
