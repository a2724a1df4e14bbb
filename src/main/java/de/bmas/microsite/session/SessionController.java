package de.bmas.microsite.session;

import de.bmas.microsite.site.Routes;
import de.bmas.microsite.site.SiteHolder;
import de.bmas.microsite.web.SiteController;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** The list of sessions and each session's report; {@link SessionPages} renders them. */
@Controller
@ConditionalOnWebApplication
@RequestMapping({Routes.SESSIONS, Routes.SESSION})
class SessionController extends SiteController {

    SessionController(SiteHolder holder) {
        super(holder);
    }
}
