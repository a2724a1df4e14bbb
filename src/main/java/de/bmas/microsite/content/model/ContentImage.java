package de.bmas.microsite.content.model;

import java.time.Instant;

/** An image from {@code bilder/}, held in memory with the snapshot so serving and export never touch the disk. */
public record ContentImage(String route, byte[] bytes, Instant lastModified) {
}
