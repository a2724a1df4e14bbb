package de.bmas.microsite.search;

import de.bmas.microsite.site.Routes;
import de.bmas.microsite.site.SiteHolder;
import de.bmas.microsite.web.SiteController;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** The A–Z index; {@link KeywordPages} renders it. */
@Controller
@ConditionalOnWebApplication
@RequestMapping(Routes.KEYWORDS)
class KeywordController extends SiteController {

    KeywordController(SiteHolder holder) {
        super(holder);
    }
}
