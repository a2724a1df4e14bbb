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
            HandlerExecutionChain chain = mappings.getHandler(new MockHttpServletRequest("GET", response.route()));
            assertThat(chain).as(response.route()).isNotNull();
            Class<?> controller = ((HandlerMethod) chain.getHandler()).getBeanType();
            assertThat(controller.getSimpleName()).as(response.route())
                    .endsWith("Controller").isNotEqualTo("UnmappedController");
        }
    }

    @Test
    void actuatorListsEveryRoutePattern() {
        String listed = JsonMapper.builder().build().writeValueAsString(actuatorMappings.mappings());
        for (String pattern : List.of(Routes.HOME, Routes.PROGRAMME, Routes.SESSIONS, Routes.SESSION,
                Routes.SESSIONS_BY_TOPIC, Routes.SESSIONS_BY_FORMAT, Routes.TOPICS, Routes.TOPIC, Routes.PEOPLE,
                Routes.PERSON, Routes.SEARCH, Routes.KEYWORDS, Routes.TOP_LEVEL_PAGE, Routes.SITEMAP, Routes.FEED,
                Routes.SESSION_CALENDAR, Routes.ASSET, Routes.IMAGE)) {
            assertThat(listed).as(pattern).contains("\"" + pattern + "\"");
        }
    }

    @Test
    void sectionsAreReservedForStandsAndPages() {
        assertThat(Routes.reservedSlugs()).containsAll(Set.of("programm", "sessions", "themen", "personen", "assets",
                "bilder", "actuator", "error"));
    }
}
