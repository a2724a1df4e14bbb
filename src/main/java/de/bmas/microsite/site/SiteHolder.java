package de.bmas.microsite.site;

import de.bmas.microsite.MicrositeProperties;
import de.bmas.microsite.check.HumanReport;
import de.bmas.microsite.content.model.Snapshot;
import de.bmas.microsite.content.source.ContentInvalidException;
import de.bmas.microsite.content.source.ContentReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Holds the site currently served. A reload builds a whole new site beside the old one and swaps a single
 * reference, so a request sees either the old site or the new one, never a mix. Invalid content never replaces a
 * good site in production: the start fails with the editors' report, a reload leaves the site as it is and logs
 * the report. In preview mode invalid content is shown instead, as the problems page at every address, from the
 * first load on, so the preview always starts. Whatever a build throws becomes a problem too (see
 * {@link BuildFailure}): a reload never ends the server. When the event is over, the same snapshot is rendered once
 * more for the new moment (see {@link EventOverTimer}).
 */
@Component
@ConditionalOnWebApplication
public class SiteHolder implements SmartInitializingSingleton, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SiteHolder.class);
    /** A site of 1,000 sessions takes 5 – 12 s to build (measurements.md, Search), a small one 0.3 – 2 s. */
    private static final int WARM_UP_MAX_SESSIONS = 100;

    private final SiteBuilder builder;
    private final WatchedFolders folders;
    private final MicrositeProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AssetRetention retention;
    private final AtomicReference<Live> live = new AtomicReference<>();
    private final FutureTask<BuildAttempt> firstBuild;
    private final EventOverTimer eventOver;
    private final List<ReleaseGate> gates;
    private volatile boolean closed;

    /** The site served and its status, swapped as one: operators never see the status of another version. */
    private record Live(Site site, ContentStatus status) {
    }

    /**
     * Starts building the first site on a thread of its own: it takes as long as the rest of Spring's start-up
     * and runs beside it on a second core. Tomcat accepts requests only after {@link #afterSingletonsInstantiated}.
     */
    SiteHolder(SiteBuilder builder, WatchedFolders folders, MicrositeProperties properties,
               ApplicationEventPublisher events, Clock clock, List<ReleaseGate> gates) {
        this.builder = builder;
        this.gates = List.copyOf(gates);
        this.folders = folders;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
        this.retention = new AssetRetention(clock);
        this.eventOver = new EventOverTimer(clock);
        this.firstBuild = new FutureTask<>(this::attempt);
        firstBuildThread().start();
    }

    /**
     * A start that fails for another reason (a missing setting) closes the application while the first build still
     * runs: it must neither keep the process alive nor look like a leaked thread or a failed build in the log.
     */
    private Thread firstBuildThread() {
        Thread thread = new Thread(firstBuild, "first-site-build");
        thread.setDaemon(true);
        // Tomcat reports threads that hold its web application's class loader when it stops
        thread.setContextClassLoader(SiteHolder.class.getClassLoader());
        return thread;
    }

    /** Waits for the first site; in production fails start-up with the editors' report when the content has errors. */
    @Override
    public void afterSingletonsInstantiated() {
        current();
    }

    public Site current() {
        return live().site();
    }

    /** What is live and how the latest load went, for operators. */
    public ContentStatus status() {
        return live().status();
    }

    private Live live() {
        Live now = live.get();
        return now != null ? now : awaitFirstBuild();
    }

    private synchronized Live awaitFirstBuild() {
        if (live.get() == null) {
            BuildAttempt attempt;
            try {
                attempt = firstBuild.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException failure ? failure
                        : new IllegalStateException("Building the site failed", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while building the site", e);
            }
            if (attempt.failed() && !properties.preview()) {
                throw new ContentInvalidException(attempt.report());
            }
            swapIn(attempt);
        }
        return live.get();
    }

    /**
     * Rebuilds from the sources and swaps the new site in when the content is valid, or in preview mode the
     * problems page when it is not; in production invalid content leaves the site as it is.
     */
    public synchronized void reload() {
        Live before = live();
        BuildAttempt attempt = attempt();
        if (attempt.failed() && !properties.preview()) {
            log.warn("Content version {} has errors and does not go live; version {} stays:\n{}", attempt.version(),
                    before.status().version(), HumanReport.format(attempt.report()));
            live.set(new Live(before.site(), attempt.statusAfter(before.status(), clock.instant())));
            return;
        }
        Optional<String> refusal = properties.preview() ? Optional.empty() : refusal(attempt.report());
        if (refusal.isPresent()) {
            log.warn("Content version {} is refused and does not go live; version {} stays:\n{}", attempt.version(),
                    before.status().version(), refusal.get());
            live.set(new Live(before.site(), attempt.refused().statusAfter(before.status(), clock.instant())));
            return;
        }
        swapIn(attempt);
        if (!attempt.failed()) {
            // in preview mode the console tells editors, and Spring's log stays quiet
            log.atLevel(properties.preview() ? Level.DEBUG : Level.INFO)
                    .log("Content version {} is live, built in {} ms", attempt.version(), attempt.millis());
        }
        events.publishEvent(new SiteChanged(attempt.version(), attempt.report(), !attempt.failed()));
    }

    /**
     * Builds the site from the sources and throws it away, so that the JIT has compiled the build's code before the
     * first change, which otherwise took twice as long to go live as later ones. Does nothing, and returns false, on
     * larger sites: their build is its own warm-up, and a change must not wait long for a warm-up.
     */
    synchronized boolean warmUp() {
        Snapshot snapshot = current().snapshot();
        if (snapshot == null || snapshot.sessions().size() > WARM_UP_MAX_SESSIONS) {
            return false;
        }
        log.debug("Warm-up build in {} ms", attempt().millis());
        return true;
    }

    private void swapIn(BuildAttempt attempt) {
        Site next = attempt.build().site()
                .orElseGet(() -> builder.problems(attempt.report(), attempt.version()));
        Live replaced = live.get();
        if (replaced == null) {
            serve(next, attempt.statusAfter(null, clock.instant()));
        } else {
            serve(next.withEarlierAssets(retention.replacing(replaced.site(), next.rendered())),
                    attempt.statusAfter(replaced.status(), clock.instant()));
        }
    }

    private Optional<String> refusal(ContentReport report) {
        return gates.stream().map(gate -> gate.refusal(report)).flatMap(Optional::stream).findFirst();
    }

    /** Renders the snapshot being served again, for the present moment, which may change what pages offer. */
    synchronized void rerender() {
        Live now = live.get();
        if (closed || now.site().snapshot() == null) { // a timer's run that waited for this lock: nothing to render
            return;
        }
        long started = System.nanoTime();
        serve(builder.rerender(now.site(), now.status().version()).withEarlierAssets(now.site().earlierAssets()),
                now.status());
        log.info("Site re-rendered in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private void serve(Site site, ContentStatus status) {
        live.set(new Live(site, status));
        if (site.snapshot() != null) {
            eventOver.follow(site, this::rerender);
        } else {
            eventOver.cancel();
        }
    }

    @Override
    public void destroy() {
        closed = true;
        eventOver.stop();
    }

    /** Builds from the sources as they are now; an exception becomes the report of a failed build. */
    private BuildAttempt attempt() {
        Instant at = clock.instant();
        long started = System.nanoTime();
        String version = folders.version();
        SiteBuilder.Build build;
        try {
            build = builder.build(version);
        } catch (RuntimeException | StackOverflowError e) {
            if (closed || BuildFailure.aboutAFile(e)) {
                log.debug("Reading the content failed, or the application closed while building", e);
            } else {
                log.error("Building the site failed", e);
            }
            build = new SiteBuilder.Build(Optional.empty(), BuildFailure.report(e, properties.contentDir()));
        }
        return new BuildAttempt(version, at, (System.nanoTime() - started) / 1_000_000, build);
    }
}
