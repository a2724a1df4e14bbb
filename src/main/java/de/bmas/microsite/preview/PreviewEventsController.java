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
import java.util.concurrent.atomic.AtomicReference;

/**
 * Tells open preview pages when to refresh (see {@code static/vorschau/vorschau.js}): Server-Sent Events with one
 * event {@code stand}, the version of the sources the preview serves, sent when a page connects and after every
 * reload. A page that shows another version reloads itself; sending the version on connecting covers a save that
 * happened while the page was still loading. After half an hour the stream ends and the browser reconnects.
 * Streams end when the application stops, too: a graceful shutdown waits for open requests, and a stream of a
 * closed tab stays open until the next event fails to reach it. Events after a reload are written on threads of
 * their own, each page's apart: the reload publishes them, and a browser that stops reading (a suspended laptop, a
 * frozen tab) must hold up neither the next reload nor the other pages. Such a page gets the version whose write
 * it held up and then only the latest, once it reads again: the latest is all a page needs to know.
 */
@Controller
@ConditionalOnWebApplication
@ConditionalOnBooleanProperty("microsite.preview")
class PreviewEventsController {

    private static final long TIMEOUT_MILLIS = Duration.ofMinutes(30).toMillis();

    private final SiteHolder holder;
    private final List<OpenPage> pages = new CopyOnWriteArrayList<>();
    /** A thread for each page while it is written to; idle threads serve the next writes. */
    private final ExecutorService senders = Executors.newCachedThreadPool(runnable -> {
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

    /** An open page's stream, and the version still to be written to it while a write is under way. */
    private record OpenPage(SseEmitter stream, AtomicReference<String> pending) {
    }

    /** Registers an open page and sends it the version served now. */
    SseEmitter connected(SseEmitter stream) {
        OpenPage page = new OpenPage(stream, new AtomicReference<>());
        stream.onCompletion(() -> pages.remove(page));
        stream.onError(failure -> pages.remove(page));
        pages.add(page);
        send(page, holder.status().lastAttempt().version());
        return stream;
    }

    @EventListener
    void changed(SiteChanged change) {
        for (OpenPage page : pages) {
            // a write under way takes the newer version along when it is done
            if (page.pending().getAndSet(change.version()) == null) {
                try {
                    senders.execute(() -> sendPending(page));
                } catch (RejectedExecutionException e) {
                    // the application is closing and has ended every stream
                }
            }
        }
    }

    /** Runs before the web server stops, so that no stream holds its graceful shutdown. */
    @EventListener(ContextClosedEvent.class)
    void closing() {
        senders.shutdownNow();
        pages.forEach(page -> page.stream().complete());
    }

    /** Writes the page's pending version, and the one after it that arrived meanwhile, until none is left. */
    private void sendPending(OpenPage page) {
        String version = page.pending().get();
        while (true) {
            send(page, version);
            if (page.pending().compareAndSet(version, null)) {
                return;
            }
            version = page.pending().get();
        }
    }

    private void send(OpenPage page, String version) {
        try {
            page.stream().send(SseEmitter.event().name("stand").data(version));
        } catch (IOException | IllegalStateException e) {
            // the page was closed or navigated away: forget it
            pages.remove(page);
        }
    }
}
