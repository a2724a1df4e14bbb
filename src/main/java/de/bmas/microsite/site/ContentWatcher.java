package de.bmas.microsite.site;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Reloads the site when its sources change, in preview mode and in production with {@code microsite.reload}: polls
 * a stamp of the {@link WatchedFolders} ten times a second. Polling a stamp of names, sizes and times is robust
 * across editors that save by rename, new sub-folders and a content folder whose link a deployment switches. A
 * change is loaded once the stamp held still for one poll, so a file caught while its editor is still writing it
 * does not flash a false error.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnExpression("${microsite.preview:false} or ${microsite.reload:false}")
class ContentWatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ContentWatcher.class);
    private static final long INTERVAL_MILLIS = 100;

    private final SiteHolder holder;
    private final WatchedFolders folders;
    private ScheduledExecutorService executor;
    /** The stamp the site was last built from, and the stamp of the previous poll. */
    private String loadedStamp;
    private String lastStamp;

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
        executor.scheduleWithFixedDelay(this::poll, INTERVAL_MILLIS, INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
        log.info("Watching {} for changes", folders.folders());
    }

    /**
     * Catches everything: an exception would end the scheduled polling for good, and a preview that silently stops
     * reloading is worse than one that logs a failure and tries again on the next change.
     */
    private void poll() {
        try {
            String stamp = folders.stamp();
            boolean settled = stamp.equals(lastStamp);
            lastStamp = stamp;
            if (settled && !stamp.equals(loadedStamp)) {
                loadedStamp = stamp;
                holder.reload();
            }
        } catch (Throwable e) {
            log.error("Reload failed; the site stays as it was until the next change", e);
        }
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
