package de.bmas.microsite.site;

import de.bmas.microsite.content.source.ContentReport;

/**
 * Published after every reload that changed what the server answers: a new site, or in preview mode the problems
 * page of content with errors.
 *
 * @param version   the version of the sources it was built from ({@link WatchedFolders#version()})
 * @param report    their problems
 * @param published whether the site was built; false when the content had errors
 */
public record SiteChanged(String version, ContentReport report, boolean published) {
}
