package de.bmas.microsite.site;

import de.bmas.microsite.MicrositeProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Preview mode for editors: polls the content folder (and the template and asset folders where they are files)
 * ten times a second and reloads the site when anything changed. Polling a stamp of names, sizes and times is
 * robust across editors that save by rename and across new sub-folders. A change is loaded once the stamp held
 * still for one poll, so a file caught while its editor is still writing it does not flash a false error.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnBooleanProperty("microsite.watch")
class ContentWatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ContentWatcher.class);
    private static final long INTERVAL_MILLIS = 100;

    private final SiteHolder holder;
    private final List<Path> folders = new ArrayList<>();
    private ScheduledExecutorService executor;
    /** The stamp the site was last built from, and the stamp of the previous poll. */
    private String loadedStamp;
    private String lastStamp;

    ContentWatcher(SiteHolder holder, MicrositeProperties properties,
                   @Value("${spring.thymeleaf.prefix:}") String templatePrefix) {
        this.holder = holder;
        folders.add(properties.contentDir());
        if (properties.assetsDir() != null) {
            folders.add(properties.assetsDir());
        }
        if (templatePrefix.startsWith("file:")) {
            folders.add(Path.of(templatePrefix.substring("file:".length())));
        }
    }

    @Override
    public void start() {
        loadedStamp = stamp();
        lastStamp = loadedStamp;
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "content-watcher");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::poll, INTERVAL_MILLIS, INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
        log.info("Watching {} for changes", folders);
    }

    private void poll() {
        try {
            String stamp = stamp();
            boolean settled = stamp.equals(lastStamp);
            lastStamp = stamp;
            if (settled && !stamp.equals(loadedStamp)) {
                loadedStamp = stamp;
                holder.reload();
            }
        } catch (RuntimeException e) {
            // e.g. a template that does not parse: not a content problem, so no banner; developers read the log
            log.warn("Reload failed; the site stays as it was until the next change", e);
        }
    }

    private String stamp() {
        StringBuilder stamp = new StringBuilder();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder)) {
                files.filter(Files::isRegularFile).sorted().forEach(file -> stamp.append(describe(file)));
            } catch (IOException | UncheckedIOException e) {
                // a file vanished mid-walk: not settled, the next polls see the settled state
                return "";
            }
        }
        return stamp.toString();
    }

    private static String describe(Path file) {
        try {
            return file + "|" + Files.size(file) + "|" + Files.getLastModifiedTime(file).toInstant() + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
