package de.bmas.microsite.site;

import de.bmas.microsite.content.model.ContentImage;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Every address of the site in one table: the patterns that the features' controllers map with
 * {@code @RequestMapping}, and the links that views, outputs and checks expand from them. A route is written here and
 * nowhere else. Templates reach the links through {@link #LINKS}, the one instance in every page's model.
 */
public final class Routes {

    public static final String HOME = "/";
    public static final String PROGRAMME = "/programm";
    public static final String SESSIONS = "/sessions";
    public static final String SESSION = SESSIONS + "/{slug}";
    /** The sessions of one topic or one format, pre-rendered: a filter that needs no JavaScript. */
    public static final String SESSIONS_BY_TOPIC = SESSIONS + "/thema/{slug}";
    public static final String SESSIONS_BY_FORMAT = SESSIONS + "/format/{slug}";
    public static final String TOPICS = "/themen";
    public static final String TOPIC = TOPICS + "/{slug}";
    public static final String PEOPLE = "/personen";
    public static final String PERSON = PEOPLE + "/{slug}";
    /**
     * The search: answered per request with the results of the query ({@link Chrome#SEARCH_QUERY}), never
     * prerendered.
     */
    public static final String SEARCH = "/suche";
    /** The A–Z index (Stichwortverzeichnis): prerendered, and the way in where no search answers (the export). */
    public static final String KEYWORDS = "/stichwoerter";
    /** Info stands and service pages share the top level of the site, beside the sections above. */
    public static final String TOP_LEVEL_PAGE = "/{slug}";

    public static final String SITEMAP = "/sitemap.xml";
    public static final String ROBOTS = "/robots.txt";
    public static final String FEED = "/feed.xml";
    public static final String PROGRAMME_CALENDAR = PROGRAMME + ".ics";
    public static final String PROGRAMME_JSON = PROGRAMME + ".json";
    public static final String PROGRAMME_XML = PROGRAMME + ".xml";
    public static final String SESSION_CALENDAR = SESSION + ".ics";

    /** Fingerprinted stylesheets and files of the engine. */
    public static final String ASSET = "/assets/{file}";
    /** The content's own images, from its folder {@code bilder/}, where editors refer to them by this address. */
    public static final String IMAGE = ContentImage.ROUTE_PREFIX + "{file}";

    /** A page's share image ({@code og:image}): {@code /teilen/sessions/x.png} for {@code /sessions/x}. */
    public static final String SHARE_IMAGES = "/teilen/**";
    /** Icons that browsers and phones ask for by themselves, at fixed addresses. */
    public static final String FAVICON = "/favicon.ico";
    public static final String TOUCH_ICON = "/apple-touch-icon.png";
    public static final String TOUCH_ICON_PRECOMPOSED = "/apple-touch-icon-precomposed.png";
    /**
     * Preview mode only: the editors' guide, and the Server-Sent Events that tell an open page to refresh itself.
     * No slug can take them (slugs have no underscore), so they are not reserved below.
     */
    public static final String PREVIEW_GUIDE = "/_vorschau/anleitung";
    public static final String PREVIEW_EVENTS = "/_vorschau/ereignisse";

    /** Addresses that Spring Boot answers itself: Actuator's endpoints (its default base path) and the error path. */
    public static final String ACTUATOR = "/actuator";
    public static final String ERROR = "/error";
    private static final List<String> FRAMEWORK_SEGMENTS = List.of(ACTUATOR.substring(1), ERROR.substring(1));
    /** Every route pattern of the site. */
    static final List<String> ALL = List.of(HOME, PROGRAMME, SESSIONS, SESSION, SESSIONS_BY_TOPIC,
            SESSIONS_BY_FORMAT, TOPICS, TOPIC, PEOPLE, PERSON, SEARCH, KEYWORDS, TOP_LEVEL_PAGE, SITEMAP, ROBOTS,
            FEED, PROGRAMME_CALENDAR, PROGRAMME_JSON, PROGRAMME_XML, SESSION_CALENDAR, ASSET, IMAGE, SHARE_IMAGES,
            FAVICON, TOUCH_ICON, TOUCH_ICON_PRECOMPOSED);

    /** For templates: {@code ${routes.session(slug)}}. */
    static final Routes LINKS = new Routes();

    private Routes() {
    }

    /**
     * The first path segments that fixed routes and the framework take, so that no stand or page gets a slug that
     * shadows a section ({@code /sessions}) or is shadowed by one ({@code /error}).
     */
    static Set<String> reservedSlugs() {
        return ALL.stream()
                .map(pattern -> pattern.split("/"))
                .filter(segments -> segments.length > 1 && !segments[1].startsWith("{"))
                .map(segments -> segments[1])
                .collect(Collectors.toCollection(() -> new TreeSet<>(FRAMEWORK_SEGMENTS)));
    }

    public static String session(String slug) {
        return expand(SESSION, slug);
    }

    public static String sessionCalendar(String slug) {
        return expand(SESSION_CALENDAR, slug);
    }

    public static String sessionsByTopic(String slug) {
        return expand(SESSIONS_BY_TOPIC, slug);
    }

    public static String sessionsByFormat(String slug) {
        return expand(SESSIONS_BY_FORMAT, slug);
    }

    public static String topic(String slug) {
        return expand(TOPIC, slug);
    }

    public static String person(String slug) {
        return expand(PERSON, slug);
    }

    /** The id of the programme's block at {@code number} (from 1) on its page. */
    public static String programmeItemId(int number) {
        return "programmpunkt-" + number;
    }

    /** The programme's block at {@code number} (from 1), on the programme page. */
    public static String programmeItem(int number) {
        return PROGRAMME + "#" + programmeItemId(number);
    }

    /** The id of the report of the day on the home page. */
    public static String reportId() {
        return "rueckblick";
    }

    /** The report of the day, on the home page, where people's pages send their readers back to. */
    public static String report() {
        return HOME + "#" + reportId();
    }

    public static String topLevelPage(String slug) {
        return expand(TOP_LEVEL_PAGE, slug);
    }

    /** The share image of the page at {@code route}; the home page's is {@code /teilen/index.png}. */
    static String shareImage(String route) {
        return SHARE_IMAGES.replace("/**", route.equals(HOME) ? "/index" : route) + ".png";
    }

    static String asset(String file) {
        return ASSET.replace("{file}", file);
    }

    // the fixed routes, for templates that link to them
    public String home() {
        return HOME;
    }

    public String programme() {
        return PROGRAMME;
    }

    public String sessions() {
        return SESSIONS;
    }

    public String topics() {
        return TOPICS;
    }

    public String search() {
        return SEARCH;
    }

    public String keywords() {
        return KEYWORDS;
    }

    public String favicon() {
        return FAVICON;
    }

    public String touchIcon() {
        return TOUCH_ICON;
    }

    public String people() {
        return PEOPLE;
    }

    public String feed() {
        return FEED;
    }

    public String programmeCalendar() {
        return PROGRAMME_CALENDAR;
    }

    public String programmeJson() {
        return PROGRAMME_JSON;
    }

    public String programmeXml() {
        return PROGRAMME_XML;
    }

    private static String expand(String pattern, String slug) {
        return pattern.replace("{slug}", slug);
    }
}
