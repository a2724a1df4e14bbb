package de.bmas.microsite.programme;

import de.bmas.microsite.site.Routes;
import de.bmas.microsite.content.model.Doc;
import de.bmas.microsite.content.model.Person;
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
import java.util.stream.IntStream;

/** The order of the day, each block with its people and its sessions by start time. */
@Component
class ProgrammePages implements ViewSource {

    /**
     * A block of the day with the people and sessions it names, resolved; sessions in the order of the day, not
     * of the list.
     *
     * @param number the block's place in the day, from 1, which its anchor on the page is made of
     */
    record Block(int number, ProgrammeBlock block, List<Doc<Person>> people, List<Doc<Session>> sessions) {
    }

    @Override
    public List<View> pages(Snapshot snapshot) {
        Doc<Programme> programme = snapshot.programme();
        List<ProgrammeBlock> day = programme.meta().blocks();
        List<Block> blocks = IntStream.range(0, day.size())
                .mapToObj(i -> new Block(i + 1, day.get(i), snapshot.people(day.get(i).people()),
                        snapshot.sessionsInDayOrder(day.get(i).sessions())))
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
