package de.bmas.microsite.content.model;

import java.time.Instant;

/** An image from {@code bilder/}, held in memory with the snapshot so serving and export never touch the disk. */
public record ContentImage(String route, byte[] bytes, Instant lastModified) {

    /** The content's folder of images. */
    public static final String FOLDER = "bilder";
    /** Images are served under their folder's name, so editors write {@code bilder/a.jpg} as {@code /bilder/a.jpg}. */
    public static final String ROUTE_PREFIX = "/" + FOLDER + "/";
}
