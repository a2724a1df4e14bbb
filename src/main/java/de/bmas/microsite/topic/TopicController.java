package de.bmas.microsite.topic;

import de.bmas.microsite.site.Routes;
import de.bmas.microsite.site.SiteHolder;
import de.bmas.microsite.web.SiteController;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** The topics and each topic's page; {@link TopicPages} renders them. */
@Controller
@ConditionalOnWebApplication
@RequestMapping({Routes.TOPICS, Routes.TOPIC})
class TopicController extends SiteController {

    TopicController(SiteHolder holder) {
        super(holder);
    }
}
