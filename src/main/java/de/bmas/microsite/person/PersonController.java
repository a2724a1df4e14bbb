package de.bmas.microsite.person;

import de.bmas.microsite.site.Routes;
import de.bmas.microsite.site.SiteHolder;
import de.bmas.microsite.web.SiteController;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** The list of people and each person's page; {@link PersonPages} renders them. */
@Controller
@ConditionalOnWebApplication
@RequestMapping({Routes.PEOPLE, Routes.PERSON})
class PersonController extends SiteController {

    PersonController(SiteHolder holder) {
        super(holder);
    }
}
