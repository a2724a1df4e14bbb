package de.bmas.microsite.publish;

import de.bmas.microsite.site.SiteHolder;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * The publishing guard at the production start: it judges the first site before the web server accepts a request,
 * so that a server started with {@code --strict} never serves a placeholder. The preview shows
 * placeholders to editors instead and is not guarded.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnBooleanProperty(name = "microsite.preview", havingValue = false, matchIfMissing = true)
class StartGuard implements SmartInitializingSingleton {

    private final SiteHolder holder;
    private final PublishingGuard guard;

    StartGuard(SiteHolder holder, PublishingGuard guard) {
        this.holder = holder;
        this.guard = guard;
    }

    @Override
    public void afterSingletonsInstantiated() {
        guard.refusal(holder.current().report()).ifPresent(refusal -> {
            throw new PlaceholdersRefusedException(refusal);
        });
    }
}
