package de.bmas.microsite.web;

import jakarta.servlet.http.HttpServletRequest;

/** The site only reads: GET and HEAD are the methods it answers, every other one gets 405 where an address exists. */
final class Methods {

    private Methods() {
    }

    static boolean reads(HttpServletRequest request) {
        String method = request.getMethod();
        return "GET".equals(method) || "HEAD".equals(method);
    }
}
