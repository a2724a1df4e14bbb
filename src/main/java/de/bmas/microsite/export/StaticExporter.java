package de.bmas.microsite.export;

import de.bmas.microsite.content.source.ContentReport;
import de.bmas.microsite.Parallel;
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
 * because both come from the same rendering. Refuses to write anything from content with errors.
 */
@Component
public class StaticExporter {

    private static final Logger log = LoggerFactory.getLogger(StaticExporter.class);

    private final SiteBuilder builder;

    StaticExporter(SiteBuilder builder) {
        this.builder = builder;
    }

    /** Exports into {@code out}; prints the content report and returns false when the content has errors. */
    public boolean export(Path out) {
        long started = System.nanoTime();
        SiteBuilder.Build build = builder.build();
        ContentReport report = build.report();
        if (build.site().isEmpty()) {
            System.err.print(report.format());
            return false;
        }
        List<PreparedResponse> files = files(build.site().get());
        Parallel.forEach(files, resource -> write(out.resolve(resource.exportPath()), resource.body()));
        log.info("Exported {} files to {} in {} ms", files.size(), out.toAbsolutePath(),
                (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    /** Every file of the export: all routes and the 404 page. */
    public static List<PreparedResponse> files(Site site) {
        List<PreparedResponse> files = new ArrayList<>(site.rendered().responses());
        Optional.ofNullable(site.rendered().errorPage(404)).ifPresent(files::add);
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
