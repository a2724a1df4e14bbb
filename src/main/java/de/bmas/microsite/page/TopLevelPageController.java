package de.bmas.microsite.page;

import de.bmas.microsite.site.Routes;
import de.bmas.microsite.site.SiteHolder;
import de.bmas.microsite.web.SiteController;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The pages at the top level of the site: service pages ({@link ServicePages}) and info stands (rendered in the
 * {@code stand} feature). Spring MVC maps a pattern once, so this one controller answers both.
 */
@Controller
@ConditionalOnWebApplication
@RequestMapping(Routes.TOP_LEVEL_PAGE)
class TopLevelPageController extends SiteController {

    TopLevelPageController(SiteHolder holder) {
        super(holder);
    }
}
