package de.bmas.microsite.site;

import de.bmas.microsite.MicrositeProperties;
import de.bmas.microsite.share.SiteIcons;
import org.springframework.core.io.FileSystemResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stylesheets and static files, fingerprinted by content so browsers may cache them for a year.
 * All {@code css/*.css} files are joined, in file name order, into one stylesheet: one request per page. It opens
 * with the site's base URL as the custom property {@code --site-url}, which print styles put before the paths of
 * internal links. Read anew for every build, so that in preview mode CSS changes show on the next reload. In
 * preview mode the files of {@code vorschau/} join them (the refresh script, the preview's stylesheet); production
 * never sees them, so its pages and stylesheet stay byte for byte what they are without preview mode.
 */
@Component
class Assets {

    static final String STYLESHEET = "site.css";
    static final String ICON = "favicon.svg";
    private static final String PREVIEW_FOLDER = "vorschau/";

    private final MicrositeProperties properties;
    private volatile DrawnIcons icons;

    Assets(MicrositeProperties properties) {
        this.properties = properties;
    }

    /** Asset URLs by logical name ({@code site.css}, {@code favicon.svg}), with their responses. */
    record Bundle(Map<String, String> urls, List<PreparedResponse> responses) {
    }

    Bundle load() {
        Map<String, String> urls = new LinkedHashMap<>();
        List<PreparedResponse> responses = new ArrayList<>();
        ByteArrayOutputStream css = new ByteArrayOutputStream();
        css.writeBytes((":root {\n  --site-url: " + cssString(properties.baseUrlOrLocal()) + ";\n}\n")
                .getBytes(StandardCharsets.UTF_8));
        for (Resource file : find("css/*.css")) {
            css.writeBytes(read(file));
            css.write('\n');
        }
        add(STYLESHEET, css.toByteArray(), urls, responses);
        for (Resource file : find("*.*")) {
            byte[] content = read(file);
            add(file.getFilename(), content, urls, responses);
            if (file.getFilename().equals(ICON)) {
                addIcons(content, responses);
            }
        }
        if (properties.preview()) {
            for (Resource file : find(PREVIEW_FOLDER + "*.*")) {
                add(file.getFilename(), read(file), urls, responses);
            }
        }
        return new Bundle(Map.copyOf(urls), List.copyOf(responses));
    }

    /**
     * The icons browsers and phones ask for by themselves, at fixed addresses, drawn from the SVG favicon: one source
     * for all three. Drawn again only when the SVG changed.
     */
    private void addIcons(byte[] svg, List<PreparedResponse> responses) {
        DrawnIcons drawn = icons;
        if (drawn == null || !Arrays.equals(drawn.source(), svg)) {
            drawn = new DrawnIcons(svg, SiteIcons.fromSvg(svg));
            icons = drawn;
        }
        byte[] touchIcon = drawn.icons().appleTouchIcon();
        responses.add(fixed(Routes.FAVICON, drawn.icons().faviconIco()));
        responses.add(fixed(Routes.TOUCH_ICON, touchIcon));
        responses.add(fixed(Routes.TOUCH_ICON_PRECOMPOSED, touchIcon));
    }

    private static PreparedResponse fixed(String route, byte[] content) {
        return PreparedResponse.of(route, route.substring(1), MediaTypes.of(route), content, null,
                PreparedResponse.REVALIDATE);
    }

    private record DrawnIcons(byte[] source, SiteIcons icons) {
    }

    /** {@code value} as a CSS string: quoted, with quotes, backslashes and line ends escaped. */
    static String cssString(String value) {
        StringBuilder string = new StringBuilder("\"");
        value.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                string.append('\\').appendCodePoint(c);
            } else if (c < 0x20 || c == 0x7f) {
                string.append('\\').append(Integer.toHexString(c)).append(' ');
            } else {
                string.appendCodePoint(c);
            }
        });
        return string.append('"').toString();
    }

    private static void add(String name, byte[] content, Map<String, String> urls,
                            List<PreparedResponse> responses) {
        int dot = name.lastIndexOf('.');
        String route = Routes.asset(name.substring(0, dot) + "." + PreparedResponse.fingerprint(content)
                + name.substring(dot));
        urls.put(name, route);
        responses.add(PreparedResponse.of(route, route.substring(1), MediaTypes.of(name), content, null,
                PreparedResponse.IMMUTABLE));
    }

    private List<Resource> find(String pattern) {
        ResourcePatternResolver resolver = properties.assetsDir() == null
                ? new PathMatchingResourcePatternResolver()
                : new PathMatchingResourcePatternResolver(new FileSystemResourceLoader());
        String root = properties.assetsDir() == null
                ? "classpath:/static/"
                : "file:" + properties.assetsDir().toAbsolutePath() + "/";
        try {
            return Arrays.stream(resolver.getResources(root + pattern))
                    .filter(Resource::isReadable)
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A file of the assets folder is resolved, checked to lie inside the folder and read by that path without
     * following a link: a link to a file elsewhere would publish it under {@code /assets/}, as one in the content
     * folder would. The folder is the developers' own, so this fails the build rather than reporting to editors.
     */
    private byte[] read(Resource file) {
        try {
            if (properties.assetsDir() == null) {
                try (InputStream in = file.getInputStream()) {
                    return in.readAllBytes();
                }
            }
            Path real = file.getFile().toPath().toRealPath();
            if (!real.startsWith(properties.assetsDir().toRealPath())) {
                throw new IllegalStateException("The asset " + file.getFilename() + " links to a file outside "
                        + properties.assetsDir() + ": " + real);
            }
            try (InputStream in = Files.newInputStream(real, LinkOption.NOFOLLOW_LINKS)) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
