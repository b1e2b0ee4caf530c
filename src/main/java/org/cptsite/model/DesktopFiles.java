package org.cptsite.model;

/**
 * The files a desktop leaves in every folder it shows: macOS Finder's {@code .DS_Store} and {@code ._} files,
 * Windows Explorer's {@code Thumbs.db} and {@code desktop.ini}. No one's work, made again when needed, and
 * never to be published (a .DS_Store lists the folder's files).
 */
public final class DesktopFiles {
    private DesktopFiles() {}

    public static boolean is(String name) {
        return name.equals(".DS_Store")
                || name.startsWith("._")
                || name.equalsIgnoreCase("Thumbs.db")
                || name.equalsIgnoreCase("desktop.ini");
    }
}
