package de.bmas.microsite.content.source;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** The frame of a test image and the sanitizer called as the loader calls it, for an image at bilder/bild.svg. */
final class SvgSanitizerFixture {

    static final String OPEN = "<svg xmlns=\"http://www.w3.org/2000/svg\" "
            + "xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 10 10\">";
    static final String CLOSE = "</svg>";

    private SvgSanitizerFixture() {
    }

    static Optional<String> sanitize(String svg, List<Problem> problems) {
        return SvgSanitizer.sanitize("bilder/bild.svg", svg.getBytes(StandardCharsets.UTF_8), problems)
                .map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }
}
