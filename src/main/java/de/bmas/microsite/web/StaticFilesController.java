package de.bmas.microsite.web;

import de.bmas.microsite.site.Routes;
import de.bmas.microsite.site.SiteHolder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** The engine's fingerprinted assets and the content's images, held in memory with the snapshot. */
@Controller
@ConditionalOnWebApplication
@RequestMapping({Routes.ASSET, Routes.IMAGE})
class StaticFilesController extends SiteController {

    StaticFilesController(SiteHolder holder) {
        super(holder);
    }
}
