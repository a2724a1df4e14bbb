package de.bmas.microsite.event;

import de.bmas.microsite.site.Routes;
import de.bmas.microsite.site.SiteHolder;
import de.bmas.microsite.web.SiteController;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** The home page; {@link EventPages} renders it. */
@Controller
@ConditionalOnWebApplication
@RequestMapping(Routes.HOME)
class EventController extends SiteController {

    EventController(SiteHolder holder) {
        super(holder);
    }
}
