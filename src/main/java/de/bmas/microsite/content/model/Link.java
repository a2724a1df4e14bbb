package de.bmas.microsite.content.model;

/** A link or image address as written in a body, with its position, for the checks that need the whole site. */
public record Link(String url, SourcePosition position) {
}
