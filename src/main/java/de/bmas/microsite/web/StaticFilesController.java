package de.bmas.microsite.web;

import de.bmas.microsite.site.Routes;
import de.bmas.microsite.site.SiteHolder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Files held in memory with the snapshot: the engine's fingerprinted assets, the icons browsers ask for by
 * themselves, the content's images and each page's share image (drawn on its first request).
 */
@Controller
@ConditionalOnWebApplication
@RequestMapping({Routes.ASSET, Routes.IMAGE, Routes.SHARE_IMAGES, Routes.FAVICON, Routes.TOUCH_ICON,
        Routes.TOUCH_ICON_PRECOMPOSED})
class StaticFilesController extends SiteController {

    StaticFilesController(SiteHolder holder) {
        super(holder);
    }
}
