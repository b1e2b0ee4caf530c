package org.cptsite.check;

import java.util.Arrays;

/** A start tag kept after the scanner has moved on: its name and its attributes, decoded. */
record StartTag(String name, String[] attributeNames, String[] values) {
    boolean hasAttr(String attribute) {
        return Arrays.asList(attributeNames).contains(attribute);
    }

    /** The value of {@code attribute}; "" when the tag does not have it. */
    String attr(String attribute) {
        int i = Arrays.asList(attributeNames).indexOf(attribute);
        return i < 0 ? "" : values[i];
    }

    String id() {
        return attr("id");
    }
}
