package de.bmas.microsite.site;

import de.bmas.microsite.content.source.ContentInvalidException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Holds the site currently served. A reload builds a whole new site beside the old one and swaps a single
 * reference, so a request sees either the old site or the new one, never a mix; invalid content never replaces
 * a good site. When the event is over, the same snapshot is rendered once more (see {@link EventOverTimer}).
 */
@Component
@ConditionalOnWebApplication
public class SiteHolder implements SmartInitializingSingleton, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SiteHolder.class);

    private final SiteBuilder builder;
    private final AtomicReference<Site> current = new AtomicReference<>();
    private final FutureTask<SiteBuilder.Build> firstBuild;
    private final EventOverTimer eventOver;

    /**
     * Starts building the first site on a thread of its own: it takes as long as the rest of Spring's start-up
     * and runs beside it on a second core. Tomcat accepts requests only after {@link #afterSingletonsInstantiated}.
     */
    SiteHolder(SiteBuilder builder, Clock clock) {
        this.builder = builder;
        this.eventOver = new EventOverTimer(clock);
        this.firstBuild = new FutureTask<>(builder::build);
        new Thread(firstBuild, "first-site-build").start();
    }

    /** Waits for the first site; fails start-up with the editors' report when the content has errors. */
    @Override
    public void afterSingletonsInstantiated() {
        current();
    }

    public Site current() {
        Site site = current.get();
        return site != null ? site : awaitFirstBuild();
    }

    private synchronized Site awaitFirstBuild() {
        if (current.get() == null) {
            SiteBuilder.Build build;
            try {
                build = firstBuild.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException failure ? failure
                        : new IllegalStateException("Building the site failed", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while building the site", e);
            }
            serve(build.site().orElseThrow(() -> new ContentInvalidException(build.report())));
        }
        return current.get();
    }

    /** Rebuilds from the content folder; on errors keeps serving the last good content with the problems shown. */
    public synchronized void reload() {
        long started = System.nanoTime();
        SiteBuilder.Build build = builder.build();
        if (build.site().isPresent()) {
            serve(build.site().get());
            log.info("Site rebuilt in {} ms", (System.nanoTime() - started) / 1_000_000);
        } else {
            log.warn("Content reload failed, still serving the last good content:\n{}", build.report().format());
            serve(builder.withBanner(current.get(), build.report()));
        }
    }

    /** Renders the snapshot being served again, for the present moment. */
    synchronized void rerender() {
        long started = System.nanoTime();
        serve(builder.rerender(current.get()));
        log.info("Site re-rendered in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private void serve(Site site) {
        current.set(site);
        eventOver.follow(site, this::rerender);
    }

    @Override
    public void destroy() {
        eventOver.stop();
    }
}
