package org.cptsite.output;

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

    /** The file a URL is served from, relative to the site root: folders get an index.html. */
    static String fileOf(String url) {
        String path = url.startsWith("/") ? url.substring(1) : url;
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }
}
