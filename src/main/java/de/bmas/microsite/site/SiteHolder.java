package de.bmas.microsite.site;

import de.bmas.microsite.content.ContentInvalidException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Holds the site currently served. A reload builds a whole new site beside the old one and swaps a single
 * reference, so a request sees either the old site or the new one, never a mix; invalid content never replaces
 * a good site.
 */
@Component
@ConditionalOnWebApplication
public class SiteHolder {

    private static final Logger log = LoggerFactory.getLogger(SiteHolder.class);

    private final SiteBuilder builder;
    private final AtomicReference<Site> current = new AtomicReference<>();

    /** Builds the first site; fails start-up with the editors' report when the content has errors. */
    SiteHolder(SiteBuilder builder) {
        this.builder = builder;
        SiteBuilder.Build build = builder.build();
        current.set(build.site().orElseThrow(() -> new ContentInvalidException(build.report())));
    }

    public Site current() {
        return current.get();
    }

    /** Rebuilds from the content folder; on errors keeps serving the last good content with the problems shown. */
    public synchronized void reload() {
        long started = System.nanoTime();
        SiteBuilder.Build build = builder.build();
        if (build.site().isPresent()) {
            current.set(build.site().get());
            log.info("Site rebuilt in {} ms", (System.nanoTime() - started) / 1_000_000);
        } else {
            log.warn("Content reload failed, still serving the last good content:\n{}", build.report().format());
            current.set(builder.withBanner(current.get(), build.report()));
        }
    }
}
