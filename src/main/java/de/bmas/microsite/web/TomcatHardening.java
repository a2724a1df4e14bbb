package de.bmas.microsite.web;

import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ProtocolHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.web.ManagementContextConfiguration;
import org.springframework.boot.actuate.autoconfigure.web.ManagementContextType;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * Adds the security headers at Tomcat's engine (and its connector, for {@code OPTIONS *} and request bodies that
 * never come) and the German error page at its host, so both also cover what Tomcat answers itself. Runs after
 * Spring Boot's own customizer, whose RemoteIpValve must come first. Applies to the site's Tomcat (found by the
 * component scan) and to Actuator's own on a separate management port (listed in
 * {@code META-INF/spring/…ManagementContextConfiguration.imports}), whose context sees only its own customizers.
 */
@ManagementContextConfiguration(value = ManagementContextType.CHILD, proxyBeanMethods = false)
@ConditionalOnWebApplication
class TomcatHardening implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final SecurityHeaders headers;
    private final ObjectProvider<ErrorPages> pages;

    TomcatHardening(SecurityHeaders headers, ObjectProvider<ErrorPages> pages) {
        this.headers = headers;
        this.pages = pages;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addEngineValves(new SecurityValve(headers));
        // the connector creates Tomcat's adapter when it is initialised, and its connections use it from then on
        factory.addConnectorCustomizers(connector -> connector.addLifecycleListener(event -> {
            if (Lifecycle.AFTER_INIT_EVENT.equals(event.getType())) {
                ProtocolHandler protocol = connector.getProtocolHandler();
                protocol.setAdapter(new ConnectorAdapter(protocol.getAdapter(), headers));
            }
        }));
        factory.addContextCustomizers(context -> replaceErrorReport((StandardHost) context.getParent()));
    }

    private void replaceErrorReport(StandardHost host) {
        for (Valve valve : host.getPipeline().getValves()) {
            if (valve instanceof ErrorReportValve) {
                host.getPipeline().removeValve(valve);
            }
        }
        ErrorPageValve valve = new ErrorPageValve(pages, headers);
        host.getPipeline().addValve(valve);
        // the host adds Tomcat's own error report on start unless one of this class is present
        host.setErrorReportValveClass(valve.getClass().getName());
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
