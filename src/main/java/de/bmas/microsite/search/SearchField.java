package de.bmas.microsite.search;

/**
 * The searched fields and their weights: a word in a title says more about a page than the same word in its
 * text. Names and topics are fields of their own, so a person's or topic's page outranks pages that only mention
 * them in passing.
 */
enum SearchField {
    TITLE("title", 5f), PEOPLE("people", 4f), TOPICS("topics", 3f), TEASER("teaser", 2f), BODY("body", 1f);

    private final String key;
    private final float weight;

    SearchField(String key, float weight) {
        this.key = key;
        this.weight = weight;
    }

    String key() {
        return key;
    }

    float weight() {
        return weight;
    }
}
