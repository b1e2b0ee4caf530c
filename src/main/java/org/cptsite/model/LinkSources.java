package org.cptsite.model;

import java.util.List;

/** Where what a page shows was written in the content (its links, its text), for problems an editor can act on. */
public interface LinkSources {
    /** No link has a source. */
    LinkSources NONE = (page, link) -> List.of();

    /** Where the link {@code link} on the page at {@code page} was written; empty when not in the content. */
    List<SourceLink> find(String page, String link);

    /** The content file whose text makes most of the page at {@code page} (a code page's own file); null if none. */
    default String contentOf(String page) {
        return null;
    }
}
