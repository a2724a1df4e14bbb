package de.bmas.microsite.content.model;

/** Content that may carry one image, which then needs an alt text. */
public interface Illustrated {

    String image();

    String imageAlt();
}
