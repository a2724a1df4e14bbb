package de.bmas.microsite.programme;

import de.bmas.microsite.site.Routes;
import de.bmas.microsite.site.SiteHolder;
import de.bmas.microsite.web.SiteController;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** The programme of the day; {@link ProgrammePages} renders it. */
@Controller
@ConditionalOnWebApplication
@RequestMapping(Routes.PROGRAMME)
class ProgrammeController extends SiteController {

    ProgrammeController(SiteHolder holder) {
        super(holder);
    }
}
