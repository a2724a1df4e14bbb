package de.bmas.microsite.site;

import de.bmas.microsite.content.model.ContentImage;
import de.bmas.microsite.content.source.ContentLoader;
import de.bmas.microsite.content.source.ContentReport;
import de.bmas.microsite.content.source.Problem;
import de.bmas.microsite.content.source.UnloadedFiles;
import de.bmas.microsite.content.model.Snapshot;
import de.bmas.microsite.MicrositeProperties;
import de.bmas.microsite.Parallel;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds a complete site from the content folder: load, link the people named in the texts to their pages, collect
 * every page and output, check internal links against the real routes and run the features' checks, render. Used
 * by the server, {@code check} and {@code export} alike.
 */
@Component
public class SiteBuilder {

    /** A built site, or none when the content has errors; the report either way. */
    public record Build(Optional<Site> site, ContentReport report) {
    }

    private final ContentLoader loader;
    private final List<ViewSource> pageSources;
    private final List<OutputSource> outputSources;
    private final List<SnapshotCheck> checks;
    private final SiteRenderer renderer;
    private final MicrositeProperties properties;
    private final Clock clock;

    SiteBuilder(ContentLoader loader, List<ViewSource> pageSources, List<OutputSource> outputSources,
                List<SnapshotCheck> checks, SiteRenderer renderer, MicrositeProperties properties, Clock clock) {
        this.loader = loader;
        this.pageSources = pageSources;
        this.outputSources = outputSources;
        this.checks = checks;
        this.renderer = renderer;
        this.properties = properties;
        this.clock = clock;
    }

    public Build build() {
        return build("");
    }

    /** Every problem of the content, as {@link #build} reports it, without rendering a page: what check prints. */
    public ContentReport check() {
        return checked().report();
    }

    /** @param version the version of the sources, which pages name in preview mode to know when to refresh */
    Build build(String version) {
        Checked checked = checked();
        if (checked.report().hasErrors()) {
            return new Build(Optional.empty(), checked.report());
        }
        return new Build(Optional.of(render(checked.snapshot(), checked.contents(), checked.report(), version)),
                checked.report());
    }

    /** The content with its pages and outputs collected, and its report; only the report where nothing loaded. */
    private record Checked(Snapshot snapshot, Contents contents, ContentReport report) {
    }

    private Checked checked() {
        ContentLoader.Result loaded = loader.load(properties.contentDir(), properties.preview());
        if (loaded.loaded().isEmpty()) {
            return new Checked(null, null, loaded.report());
        }
        // with errors in some files, the others' links are checked all the same: editors fix a report in one go
        Snapshot snapshot = PersonLinks.addTo(loaded.loaded().get());
        Contents contents = collect(snapshot);
        List<Problem> problems = new ArrayList<>(loaded.report().problems());
        Set<String> routes = new HashSet<>(contents.routes(snapshot));
        routes.addAll(routesOf(loaded.unloaded()));
        new RouteCheck(snapshot, routes, contents.draftRoutes(), loaded.unloaded().links(), problems).run();
        checks.forEach(check -> problems.addAll(check.problems(snapshot)));
        return new Checked(snapshot, contents, new ContentReport(problems));
    }

    /**
     * The pages that files with errors will have once fixed, and the images with errors, so that links to them are
     * no errors of their own.
     */
    private static Set<String> routesOf(UnloadedFiles unloaded) {
        Set<String> routes = new HashSet<>();
        unloaded.topics().forEach(slug -> routes.addAll(List.of(Routes.topic(slug), Routes.sessionsByTopic(slug))));
        unloaded.sessions().forEach(slug -> routes.addAll(List.of(Routes.session(slug),
                Routes.sessionCalendar(slug))));
        unloaded.people().forEach(slug -> routes.add(Routes.person(slug)));
        Stream.concat(unloaded.stands().stream(), unloaded.pages().stream())
                .forEach(slug -> routes.add(Routes.topLevelPage(slug)));
        routes.addAll(unloaded.brokenImages());
        return routes;
    }

    /** Preview mode, content with errors: the problems page at every address. */
    Site problems(ContentReport report, String version) {
        return new Site(null, renderer.problems(report, version), report, null);
    }

    /** The site's snapshot rendered again for the present moment, which may change what pages offer. */
    Site rerender(Site site, String version) {
        return render(site.snapshot(), collect(site.snapshot()), site.report(), version);
    }

    private Site render(Snapshot snapshot, Contents contents, ContentReport report, String version) {
        Instant now = clock.instant();
        return new Site(snapshot, renderer.render(snapshot, contents.pages(), contents.outputs(), report, version,
                Offers.of(snapshot, now)), report, now);
    }

    private Contents collect(Snapshot snapshot) {
        List<View> pages = pageSources.stream().flatMap(source -> source.pages(snapshot).stream()).toList();
        // each output source walks the whole snapshot (a calendar per session, a feed entry per report)
        List<SiteOutput> outputs = Parallel.map(outputSources, source -> source.outputs(snapshot, pages)).stream()
                .flatMap(List::stream).toList();
        return new Contents(pages, outputs);
    }

    private record Contents(List<View> pages, List<SiteOutput> outputs) {

        /** The pages of drafts, which exist in preview mode only; published content must not link to them. */
        Set<String> draftRoutes() {
            return pages.stream().filter(page -> page.meta().draft()).map(View::route).collect(Collectors.toSet());
        }

        Set<String> routes(Snapshot snapshot) {
            return Stream.of(pages.stream().map(View::route), outputs.stream().map(SiteOutput::route),
                            snapshot.images().stream().map(ContentImage::route))
                    .flatMap(routes -> routes)
                    .collect(Collectors.toSet());
        }
    }
}
