package org.cptsite.render;

/** Where rendered files go: the site writer, or the checker alone for {@code cptsite check}. Thread-safe. */
public interface Output {
    /**
     * Marks around what a page's lastmod must not follow: release labels and the release history, which
     * change with every release even where the page's figures and content do not. They are HTML comments.
     */
    String UNTRACKED_OPEN = "<!--untracked-->";
    String UNTRACKED_CLOSE = "<!--/untracked-->";

    /** An HTML page, in UTF-8, served at {@code url} (a folder URL such as /cpt/38900/, or /404.html). */
    void page(String url, byte[] html);

    /** Any other file, at a path relative to the site root. */
    void file(String path, byte[] bytes);
}
