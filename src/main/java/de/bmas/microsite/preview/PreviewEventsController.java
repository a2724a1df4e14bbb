package de.bmas.microsite.preview;

import de.bmas.microsite.site.Routes;
import de.bmas.microsite.site.SiteChanged;
import de.bmas.microsite.site.SiteHolder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

/**
 * Tells open preview pages when to refresh (see {@code static/vorschau/vorschau.js}): Server-Sent Events with one
 * event {@code stand}, the version of the sources the preview serves, sent when a page connects and after every
 * reload. A page that shows another version reloads itself; sending the version on connecting covers a save that
 * happened while the page was still loading. After half an hour the stream ends and the browser reconnects.
 * Streams end when the application stops, too: a graceful shutdown waits for open requests, and a stream of a
 * closed tab stays open until the next event fails to reach it. Events after a reload are written on a thread of
 * their own, in order: the reload publishes them, and a browser that stops reading must not hold up the next one.
 */
@Controller
@ConditionalOnWebApplication
@ConditionalOnBooleanProperty("microsite.preview")
class PreviewEventsController {

    private static final long TIMEOUT_MILLIS = Duration.ofMinutes(30).toMillis();

    private final SiteHolder holder;
    private final List<SseEmitter> pages = new CopyOnWriteArrayList<>();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "preview-events");
        thread.setDaemon(true);
        // Tomcat reports threads that hold its web application's class loader when it stops
        thread.setContextClassLoader(PreviewEventsController.class.getClassLoader());
        return thread;
    });

    PreviewEventsController(SiteHolder holder) {
        this.holder = holder;
    }

    @GetMapping(Routes.PREVIEW_EVENTS)
    SseEmitter events() {
        return connected(new SseEmitter(TIMEOUT_MILLIS));
    }

    /** Registers an open page and sends it the version served now. */
    SseEmitter connected(SseEmitter page) {
        page.onCompletion(() -> pages.remove(page));
        page.onError(failure -> pages.remove(page));
        pages.add(page);
        send(page, holder.status().lastAttempt().version());
        return page;
    }

    @EventListener
    void changed(SiteChanged change) {
        try {
            sender.execute(() -> pages.forEach(page -> send(page, change.version())));
        } catch (RejectedExecutionException e) {
            // the application is closing and has ended every stream
        }
    }

    /** Runs before the web server stops, so that no stream holds its graceful shutdown. */
    @EventListener(ContextClosedEvent.class)
    void closing() {
        sender.shutdownNow();
        pages.forEach(SseEmitter::complete);
    }

    private void send(SseEmitter page, String version) {
        try {
            page.send(SseEmitter.event().name("stand").data(version));
        } catch (IOException | IllegalStateException e) {
            // the page was closed or navigated away: forget it
            pages.remove(page);
        }
    }
}
