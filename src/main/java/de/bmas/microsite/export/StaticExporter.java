package de.bmas.microsite.export;

import de.bmas.microsite.check.HumanReport;
import de.bmas.microsite.content.source.ContentReport;
import de.bmas.microsite.Parallel;
import de.bmas.microsite.publish.PublishingGuard;
import de.bmas.microsite.site.PreparedResponse;
import de.bmas.microsite.site.Site;
import de.bmas.microsite.site.SiteBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes the whole site as static files for any web server or CDN: exactly the bytes the server would send,
 * because both come from the same rendering. Refuses to write anything from content with errors, and with
 * {@code --strict} from content that still has placeholders ({@link PublishingGuard}).
 */
@Component
public class StaticExporter {

    private static final Logger log = LoggerFactory.getLogger(StaticExporter.class);

    private final SiteBuilder builder;
    private final PublishingGuard guard;

    StaticExporter(SiteBuilder builder, PublishingGuard guard) {
        this.builder = builder;
        this.guard = guard;
    }

    /**
     * Exports into {@code out}; prints the content report and returns false when the content has errors, or the
     * guard's refusal when {@code --strict} forbids its placeholders.
     */
    public boolean export(Path out) {
        long started = System.nanoTime();
        SiteBuilder.Build build = builder.build();
        ContentReport report = build.report();
        if (build.site().isEmpty()) {
            System.err.print(HumanReport.format(report));
            return false;
        }
        Optional<String> refusal = guard.refusal(report);
        if (refusal.isPresent()) {
            System.err.print(refusal.get());
            return false;
        }
        List<PreparedResponse> files = files(build.site().get());
        Parallel.forEach(files, response -> write(out.resolve(response.exportPath()), response.body()));
        log.info("Exported {} files to {} in {} ms", files.size(), out.toAbsolutePath(),
                (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    /** Every file of the export: all routes and the pages for the errors a web server answers itself. */
    private static List<PreparedResponse> files(Site site) {
        List<PreparedResponse> files = new ArrayList<>(site.rendered().responses());
        files.addAll(site.rendered().exportedErrorPages());
        return files;
    }

    private static void write(Path file, byte[] body) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
