package de.bmas.microsite.site;

import java.time.Instant;

/**
 * What is live, for operators ({@code /actuator/content}): versions, times and counts only, never a path or a line
 * of content.
 *
 * @param version     the version of the sources the served site was built from ({@link WatchedFolders#version()});
 *                    null in preview mode while no valid content was loaded yet
 * @param loadedAt    when that site went live
 * @param warnings    its warnings
 * @param lastAttempt the latest load, whether or not it went live
 */
public record ContentStatus(String version, Instant loadedAt, long warnings, Attempt lastAttempt) {

    /**
     * One load of the sources.
     *
     * @param failed true when the content had errors (or could not be read), so the load did not go live
     */
    public record Attempt(String version, Instant at, boolean failed, long errors, long warnings) {
    }
}
