package de.bmas.microsite.site;

import de.bmas.microsite.MicrositeProperties;
import org.springframework.core.io.FileSystemResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
 * internal links. Read anew for every build, so that in preview mode CSS changes show on the next reload.
 */
@Component
class Assets {

    static final String STYLESHEET = "site.css";

    private final MicrositeProperties properties;

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
            add(file.getFilename(), read(file), urls, responses);
        }
        return new Bundle(Map.copyOf(urls), List.copyOf(responses));
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

    private static byte[] read(Resource file) {
        try (var in = file.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
