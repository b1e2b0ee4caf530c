package org.cptsite.model;

import java.util.List;

/** Where a link found on a page was written in the content, for problems an editor can act on. */
public interface LinkSources {
    /** No link has a source. */
    LinkSources NONE = (page, link) -> List.of();

    /** Where the link {@code link} on the page at {@code page} was written; empty when not in the content. */
    List<SourceLink> find(String page, String link);
}
