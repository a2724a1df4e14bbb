package de.bmas.microsite.site;

import java.util.Locale;
import java.util.Map;

/** Content types: of pages, and by file extension for assets and images. */
public final class MediaTypes {

    /** Of every page: prerendered, rendered per request (search) and the preview's own. */
    public static final String HTML = "text/html;charset=UTF-8";

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("html", HTML),
            Map.entry("css", "text/css;charset=UTF-8"),
            Map.entry("js", "text/javascript;charset=UTF-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("txt", "text/plain;charset=UTF-8"));

    private MediaTypes() {
    }

    public static String of(String fileName) {
        String extension = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return BY_EXTENSION.getOrDefault(extension, "application/octet-stream");
    }
}
