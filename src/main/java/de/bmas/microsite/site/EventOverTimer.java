package de.bmas.microsite.site;

import de.bmas.microsite.content.model.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Runs a re-render once, at the moment the served event is over, so that a running server drops its calendar links
 * by itself (see {@link Offers}): no polling, and no timer for a site rendered after the event. Waits by the JVM's
 * monotonic clock; a run that comes a moment early renders the event as not yet over and is scheduled again. A run
 * that fails is logged: the scheduled future would keep its exception where nobody looks.
 */
final class EventOverTimer {

    private static final Logger log = LoggerFactory.getLogger(EventOverTimer.class);

    private final Clock clock;
    private final ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
        Thread thread = new Thread(runnable, "event-over");
        thread.setDaemon(true);
        return thread;
    });
    private ScheduledFuture<?> pending;
    private Instant pendingFor;

    EventOverTimer(Clock clock) {
        this.clock = clock;
        // the thread exists only while a run is pending
        executor.setKeepAliveTime(1, TimeUnit.SECONDS);
        executor.allowCoreThreadTimeOut(true);
        executor.setRemoveOnCancelPolicy(true);
    }

    /**
     * Makes {@code rerender} run when the event of the site being served is over, unless the site was rendered
     * after that; right away when the event ended while it was being rendered.
     */
    synchronized void follow(Site site, Runnable rerender) {
        Instant over = site.snapshot().event().meta().overAt();
        if (over.equals(pendingFor)) {
            return;
        }
        cancel();
        if (!site.renderedAt().isBefore(over)) {
            return;
        }
        Duration wait = Duration.between(clock.instant(), over);
        pendingFor = over;
        pending = executor.schedule(() -> {
            synchronized (this) {
                pending = null;
                pendingFor = null;
            }
            try {
                rerender.run();
            } catch (RuntimeException e) {
                log.error("Re-rendering the site at the end of the event failed; it keeps its calendar links", e);
            }
        }, Math.max(0, wait.toNanos()), TimeUnit.NANOSECONDS);
        log.info("The event is over at {}; the site re-renders then without its calendar links",
                over.atZone(Event.TIME_ZONE));
    }

    synchronized void stop() {
        cancel();
        executor.shutdownNow();
    }

    /** Forgets the pending run, if any: the site now served has no event to follow. */
    synchronized void cancel() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
            pendingFor = null;
        }
    }
}
