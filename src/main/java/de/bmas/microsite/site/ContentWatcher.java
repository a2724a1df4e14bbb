package de.bmas.microsite.site;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Reloads the site when its sources change, in preview mode and in production with {@code microsite.reload}: polls
 * a stamp of the {@link WatchedFolders} every 50 ms, or less often where taking the stamp costs more than a tenth
 * of that time in CPU (a folder of 10,000 files takes about 85 ms), so that watching never takes more than a tenth
 * of a core. CPU time, not the time on the clock: under load the walk waits for a core, which costs nothing but
 * would slow the polls just when a deployment switches the content under traffic. Polling a stamp of names, sizes
 * and times is robust across editors that save by rename, new sub-folders and a content folder whose link a
 * deployment switches. A change is loaded once the stamp held still for one poll, so a file caught while its
 * editor is still writing it does not flash a false error; a switched link is loaded at once, as a deployment
 * switches it only to a complete release.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnExpression("${microsite.preview:false} or ${microsite.reload:false}")
class ContentWatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ContentWatcher.class);
    private static final long MIN_INTERVAL_MILLIS = 50;
    private static final int INTERVAL_PER_STAMP_TIME = 10;
    private static final int WARM_UP_BUILDS = 3;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final SiteHolder holder;
    private final WatchedFolders folders;
    private ScheduledExecutorService executor;
    /** The stamp the site was last built from, and the stamp of the previous poll. */
    private WatchedFolders.Stamp loadedStamp;
    private WatchedFolders.Stamp lastStamp;
    /**
     * Builds to run, and throw away, while nothing changes after the start ({@link SiteHolder#warmUp}): one at a
     * time between polls, so a change waits for one build at most. Three: more did not make the first change
     * faster (measurements.md, Reload under load).
     */
    private int warmUpsLeft = WARM_UP_BUILDS;

    ContentWatcher(SiteHolder holder, WatchedFolders folders) {
        this.holder = holder;
        this.folders = folders;
    }

    @Override
    public void start() {
        loadedStamp = folders.stamp();
        lastStamp = loadedStamp;
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "content-watcher");
            thread.setDaemon(true);
            return thread;
        });
        executor.schedule(this::poll, MIN_INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
        log.info("Watching {} for changes", folders.folders());
    }

    /**
     * Catches everything: an exception would end the scheduled polling for good, and a preview that silently stops
     * reloading is worse than one that logs a failure and tries again on the next change.
     */
    private void poll() {
        long stampMillis = 0;
        try {
            long started = cpuNanos();
            WatchedFolders.Stamp stamp = folders.stamp();
            stampMillis = TimeUnit.NANOSECONDS.toMillis(cpuNanos() - started);
            boolean settled = stamp.equals(lastStamp) || switchedRelease(lastStamp, stamp);
            lastStamp = stamp;
            if (settled && !stamp.equals(loadedStamp)) {
                loadedStamp = stamp;
                holder.reload();
            } else if (warmUpsLeft > 0 && stamp.equals(loadedStamp)) {
                warmUpsLeft = holder.warmUp() ? warmUpsLeft - 1 : 0;
            }
        } catch (Throwable e) {
            log.error("Reload failed; the site stays as it was until the next change", e);
        }
        if (!executor.isShutdown()) {
            executor.schedule(this::poll, pauseAfter(stampMillis), TimeUnit.MILLISECONDS);
        }
    }

    /** The pause before the next poll, after a stamp that took {@code stampCpuMillis} of CPU: a tenth of a core. */
    static long pauseAfter(long stampCpuMillis) {
        return Math.max(MIN_INTERVAL_MILLIS, INTERVAL_PER_STAMP_TIME * stampCpuMillis);
    }

    private static long cpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** A folder's link switched from one existing release to another, as deployments do once it is complete. */
    private static boolean switchedRelease(WatchedFolders.Stamp before, WatchedFolders.Stamp now) {
        return !before.roots().contains(null) && !now.roots().contains(null) && !before.roots().equals(now.roots());
    }

    @Override
    public void stop() {
        executor.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return executor != null && !executor.isShutdown();
    }
}
