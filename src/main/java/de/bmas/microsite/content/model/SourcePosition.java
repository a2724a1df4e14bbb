package de.bmas.microsite.content.model;

/** A 1-based line and column in a content file, with the path as editors see it. */
public record SourcePosition(String path, int line, int column) {
}
