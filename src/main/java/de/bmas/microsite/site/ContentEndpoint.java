package de.bmas.microsite.site;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * {@code GET /actuator/content}: which version of the content is live, since when, and how the latest load went
 * (see {@link ContentStatus}), so an operator can tell whether a published change went live or was refused. Read
 * only; it names no file and shows no line of content, whose problems go to the log.
 */
@Component
@ConditionalOnWebApplication
@Endpoint(id = "content")
class ContentEndpoint {

    private final SiteHolder holder;

    ContentEndpoint(SiteHolder holder) {
        this.holder = holder;
    }

    @ReadOperation
    public ContentStatus content() {
        return holder.status();
    }
}
