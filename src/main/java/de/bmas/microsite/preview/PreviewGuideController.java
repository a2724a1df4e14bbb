package de.bmas.microsite.preview;

import de.bmas.microsite.site.Routes;
import de.bmas.microsite.site.SiteHolder;
import de.bmas.microsite.web.SiteController;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** The editors' guide, rendered with every preview build; production has no such page. */
@Controller
@ConditionalOnWebApplication
@ConditionalOnBooleanProperty("microsite.preview")
@RequestMapping(Routes.PREVIEW_GUIDE)
class PreviewGuideController extends SiteController {

    PreviewGuideController(SiteHolder holder) {
        super(holder);
    }
}
