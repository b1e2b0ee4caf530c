package org.cptsite.model;

import java.util.HashSet;
import java.util.Set;

/** Ids given once each, on a page or in a file: a second of the same base gets "-2", a third "-3". */
public final class UniqueIds {
    private final Set<String> used = new HashSet<>();

    public String next(String base) {
        String id = base;
        for (int n = 2; !used.add(id); n++) id = base + "-" + n;
        return id;
    }
}
