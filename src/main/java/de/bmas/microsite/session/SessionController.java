package de.bmas.microsite.session;

import de.bmas.microsite.site.Routes;
import de.bmas.microsite.site.SiteHolder;
import de.bmas.microsite.web.SiteController;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The list of sessions, each session's report ({@link SessionPages}) and the sessions by topic and by format
 * ({@link SessionFilters}).
 */
@Controller
@ConditionalOnWebApplication
@RequestMapping({Routes.SESSIONS, Routes.SESSION, Routes.SESSIONS_BY_TOPIC, Routes.SESSIONS_BY_FORMAT})
class SessionController extends SiteController {

    SessionController(SiteHolder holder) {
        super(holder);
    }
}
