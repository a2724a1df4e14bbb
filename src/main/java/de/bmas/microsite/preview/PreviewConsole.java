package de.bmas.microsite.preview;

import de.bmas.microsite.MicrositeProperties;
import de.bmas.microsite.check.HumanReport;
import de.bmas.microsite.content.source.SourcePaths;
import de.bmas.microsite.content.source.ContentReport;
import de.bmas.microsite.site.SiteChanged;
import de.bmas.microsite.site.SiteHolder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * What editors read in the preview's console window, in German: one line with the address once the preview is
 * ready, the problems of a load as one block (as {@code check} prints them), and one line when the content is
 * valid again. Spring's own log stays quiet in preview mode ({@code application-preview.properties}).
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnBooleanProperty("microsite.preview")
class PreviewConsole {

    private final SiteHolder holder;
    private final MicrositeProperties properties;
    private final Environment environment;
    private boolean showingProblems;
    /** The version whose problems were printed last: saving a file unchanged does not print them again. */
    private String shownVersion;

    PreviewConsole(SiteHolder holder, MicrositeProperties properties, Environment environment) {
        this.holder = holder;
        this.properties = properties;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        ContentReport report = holder.current().report();
        if (report.hasErrors()) {
            problems(holder.status().lastAttempt().version(), report);
        }
        System.out.println("Vorschau läuft: " + address(environment.getProperty("server.address"),
                environment.getProperty("local.server.port", Integer.class, 8080)) + " – Änderungen unter "
                + SourcePaths.display(properties.contentDir()) + "/ erscheinen sofort. Beenden mit Strg+C.");
    }

    @EventListener
    synchronized void changed(SiteChanged change) {
        if (!change.published()) {
            problems(change.version(), change.report());
        } else if (showingProblems) {
            showingProblems = false;
            System.out.println("Der Inhalt ist wieder fehlerfrei; die Vorschau zeigt die Website.");
        }
    }

    private synchronized void problems(String version, ContentReport report) {
        if (showingProblems && version.equals(shownVersion)) {
            return;
        }
        showingProblems = true;
        shownVersion = version;
        System.out.print("\nDer Inhalt enthält Fehler. Die Vorschau zeigt sie unter jeder Adresse, bis sie "
                + "behoben sind:\n" + HumanReport.format(report));
        System.out.flush();
    }

    /**
     * The address to open for a preview on {@code host} and {@code port}, as editors type it into a browser: a
     * preview that listens on every interface is reached on this computer as localhost.
     */
    static String address(String host, int port) {
        String shown = host == null || host.isBlank() || host.equals("0.0.0.0") || host.equals("::") ? "localhost"
                : host;
        return "http://" + (shown.contains(":") ? "[" + shown + "]" : shown) + ":" + port + "/";
    }
}
