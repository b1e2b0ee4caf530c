package org.cptsite.render;

/** Where rendered files go: the site writer, or the checker alone for {@code cptsite check}. Thread-safe. */
public interface Output {
    /** An HTML page, in UTF-8, served at {@code url} (a folder URL such as /cpt/38900/, or /404.html). */
    void page(String url, byte[] html);

    /** Any other file, at a path relative to the site root. */
    void file(String path, byte[] bytes);
}
