package de.bmas.microsite.programme;

import de.bmas.microsite.site.Routes;
import de.bmas.microsite.content.model.Doc;
import de.bmas.microsite.content.model.Programme;
import de.bmas.microsite.content.model.ProgrammeBlock;
import de.bmas.microsite.content.model.Session;
import de.bmas.microsite.content.model.Snapshot;
import de.bmas.microsite.site.Crumbs;
import de.bmas.microsite.site.ViewMeta;
import de.bmas.microsite.site.ViewSource;
import de.bmas.microsite.site.View;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/** The order of the day, each block with its sessions. */
@Component
class ProgrammePages implements ViewSource {


    /** A block of the day with the sessions it references, resolved. */
    record Block(ProgrammeBlock block, List<Doc<Session>> sessions) {
    }

    @Override
    public List<View> pages(Snapshot snapshot) {
        Doc<Programme> programme = snapshot.programme();
        List<Block> blocks = programme.meta().blocks().stream()
                .map(block -> new Block(block, snapshot.sessions(block.sessions())))
                .toList();
        String title = programme.meta().title();
        ViewMeta meta = ViewMeta.of(title, programme.meta().teaser(), Crumbs.trail(title, Routes.PROGRAMME),
                programme.lastModified());
        return List.of(new View(Routes.PROGRAMME, "programme/programme", meta, Map.of(
                "programme", programme,
                "blocks", blocks,
                "event", snapshot.event())));
    }
}
