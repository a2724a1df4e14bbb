package de.bmas.microsite.site;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.web.mappings.MappingsEndpoint;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route the site renders is mapped by its feature's controller, where Spring's tools (Actuator's mappings,
 * an IDE) find it; none falls through to the catch-all.
 */
// a real server: with the mock environment, Actuator's mappings as serialised here did not show the home page's "/"
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "management.endpoints.web.exposure.include=health,mappings")
class RoutesTest {

    @Autowired
    private SiteHolder holder;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Autowired
    private MappingsEndpoint actuatorMappings;

    @Test
    void everyRenderedRouteIsMappedByAFeatureController() throws Exception {
        for (PreparedResponse response : holder.current().rendered().responses()) {
            for (String method : List.of("GET", "HEAD")) {
                HandlerExecutionChain chain = mappings.getHandler(new MockHttpServletRequest(method, response.route()));
                assertThat(chain).as(response.route()).isNotNull();
                Class<?> controller = ((HandlerMethod) chain.getHandler()).getBeanType();
                assertThat(controller.getSimpleName()).as("%s %s", method, response.route())
                        .endsWith("Controller").isNotEqualTo("UnmappedController");
            }
        }
    }

    @Test
    void actuatorListsEveryRoutePattern() {
        String listed = JsonMapper.builder().build().writeValueAsString(actuatorMappings.mappings());
        for (String pattern : Routes.ALL) {
            assertThat(listed).as(pattern).contains("\"" + pattern + "\"");
        }
    }

    @Test
    void sectionsAreReservedForStandsAndPages() {
        assertThat(Routes.reservedSlugs()).containsAll(Set.of("programm", "sessions", "themen", "personen", "assets",
                "bilder", "actuator", "error"));
    }
}
