package org.cptsite.render;

/** Where rendered files go: the site writer, or the checker alone for {@code cptsite check}. Thread-safe. */
public interface Output {
    /** An HTML page served at {@code url} (a folder URL such as /cpt/38900/, or /404.html). */
    void page(String url, String html);

    /** Any other file, at a path relative to the site root. */
    void file(String path, byte[] bytes);
}
