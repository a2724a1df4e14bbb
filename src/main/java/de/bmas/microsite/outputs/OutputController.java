package de.bmas.microsite.outputs;

import de.bmas.microsite.site.Routes;
import de.bmas.microsite.site.SiteHolder;
import de.bmas.microsite.web.SiteController;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** The machine-readable files: sitemap, robots, feed, calendars and schedules ({@code *Output}). */
@Controller
@ConditionalOnWebApplication
@RequestMapping({Routes.SITEMAP, Routes.ROBOTS, Routes.FEED, Routes.PROGRAMME_CALENDAR, Routes.PROGRAMME_JSON,
        Routes.PROGRAMME_XML, Routes.SESSION_CALENDAR})
class OutputController extends SiteController {

    OutputController(SiteHolder holder) {
        super(holder);
    }
}
