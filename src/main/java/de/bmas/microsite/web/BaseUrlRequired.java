package de.bmas.microsite.web;

import de.bmas.microsite.MicrositeProperties;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * A production server refuses to start without {@code microsite.base-url}: its canonical links, sitemap, feed,
 * calendars and schedules would otherwise name {@code http://localhost:8080}, which search engines and calendar
 * apps would keep. The preview links to the address it listens on ({@code application-preview.properties}).
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnBooleanProperty(name = "microsite.preview", havingValue = false, matchIfMissing = true)
class BaseUrlRequired implements InitializingBean {

    private final MicrositeProperties properties;

    BaseUrlRequired(MicrositeProperties properties) {
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() {
        if (!properties.hasBaseUrl()) {
            throw new MissingBaseUrlException();
        }
    }

    /** Reported by {@link MissingBaseUrlFailureAnalyzer} instead of a stack trace. */
    static final class MissingBaseUrlException extends IllegalStateException {

        MissingBaseUrlException() {
            super("microsite.base-url is not set");
        }
    }
}
