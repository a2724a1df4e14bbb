package de.bmas.microsite.outputs;

import de.bmas.microsite.site.Routes;
import de.bmas.microsite.content.model.Doc;
import de.bmas.microsite.content.model.Event;
import de.bmas.microsite.content.model.Snapshot;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import de.bmas.microsite.site.OutputSource;
import de.bmas.microsite.site.SiteOutput;
import de.bmas.microsite.site.View;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

/**
 * {@code /feed.xml}: an Atom feed of the report, the event first and then every session report, each with its
 * teaser as summary and its whole text as content. Entry ids are the pages' addresses, which never change.
 */
@Component
class FeedOutput implements OutputSource {

    private final SiteUrls urls;

    FeedOutput(SiteUrls urls) {
        this.urls = urls;
    }

    @Override
    public List<SiteOutput> outputs(Snapshot snapshot, List<View> pages) {
        Event event = snapshot.event().meta();
        List<SyndEntry> entries = new ArrayList<>();
        SyndPerson author = author(event.organiser());
        entries.add(entry(event.name(), Routes.HOME, event.teaser(), snapshot.event(), author));
        snapshot.sessions().stream()
                .filter(session -> !session.draft())
                .forEach(session -> entries.add(entry(session.meta().title(), Routes.session(session.slug()),
                        session.meta().teaser(), session, author)));
        Instant updated = entries.stream().map(entry -> entry.getUpdatedDate().toInstant())
                .max(Comparator.naturalOrder()).orElseThrow();

        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setEncoding(StandardCharsets.UTF_8.name());
        feed.setTitle(event.name());
        feed.setDescription(event.teaser());
        feed.setUri(urls.of(Routes.HOME));
        feed.setLinks(List.of(link("alternate", "text/html", urls.of(Routes.HOME)),
                link("self", "application/atom+xml", urls.of(Routes.FEED))));
        feed.setAuthors(List.of(author));
        feed.setLanguage("de");
        feed.setPublishedDate(Date.from(updated));
        feed.setEntries(entries);
        try {
            byte[] body = new SyndFeedOutput().outputString(feed, true).getBytes(StandardCharsets.UTF_8);
            return List.of(new SiteOutput(Routes.FEED, "application/atom+xml;charset=UTF-8", body, updated));
        } catch (FeedException e) {
            throw new IllegalStateException("Could not write the Atom feed", e);
        }
    }

    private SyndEntry entry(String title, String route, String teaser, Doc<?> doc, SyndPerson author) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setAuthors(List.of(author));
        entry.setTitle(title);
        entry.setLink(urls.of(route));
        entry.setUri(urls.of(route));
        entry.setUpdatedDate(Date.from(doc.lastModified()));
        entry.setDescription(content("text", teaser));
        entry.setContents(List.of(content("html", absolute(doc.html()))));
        return entry;
    }

    /** Feed readers show the content away from the site, where root-relative links and images would break. */
    private String absolute(String html) {
        Document body = Jsoup.parseBodyFragment(html, urls.of(Routes.HOME));
        body.outputSettings().prettyPrint(false);
        for (Element link : body.select("a[href]")) {
            link.attr("href", link.absUrl("href"));
        }
        for (Element image : body.select("img[src]")) {
            image.attr("src", image.absUrl("src"));
        }
        return body.body().html();
    }

    private static SyndContent content(String type, String value) {
        SyndContent content = new SyndContentImpl();
        content.setType(type);
        content.setValue(value);
        return content;
    }

    private static SyndLink link(String rel, String type, String href) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        return link;
    }

    private static SyndPerson author(String name) {
        SyndPerson person = new SyndPersonImpl();
        person.setName(name);
        return person;
    }
}
