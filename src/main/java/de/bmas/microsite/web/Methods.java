package de.bmas.microsite.web;

import jakarta.servlet.http.HttpServletRequest;

import java.util.List;

/** The site only reads: GET and HEAD are the methods it answers, every other one gets 405 where an address exists. */
final class Methods {

    /** The methods the site answers, as a 405 names them. */
    static final List<String> READ = List.of("GET", "HEAD");
    /** The value of the {@code Allow} header of a 405. */
    static final String ALLOW = String.join(", ", READ);

    private Methods() {
    }

    static boolean reads(HttpServletRequest request) {
        return READ.contains(request.getMethod());
    }
}
