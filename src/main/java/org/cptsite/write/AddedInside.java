package org.cptsite.write;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cptsite.model.DesktopFiles;

/**
 * What was added inside the folders of a built site after its build ({@code site/cpt/38900/notes.txt}): the
 * build replaces the whole folder, and such a file would go with the build after next.
 *
 * <p>Listing every folder of a full site (~17,000) costs ~0.3 s of system time, and far more on a cold disk.
 * But a folder's modification time changes when anything is added to it, renamed in it or taken out of it,
 * and the build writes the file index after the last change to the site: only the folders changed since
 * then are listed. (A file changed in place does not change its folder, but it is one the build made and
 * makes again.) On a file system that keeps times to the second or coarser, a file added in the same second
 * as the build ended goes unseen. A desktop's own files ({@link DesktopFiles}) are no one's work.
 */
final class AddedInside {
    private AddedInside() {}

    /**
     * The paths inside the folders of {@code site} (not at its top, which is compared whole) that {@code index}
     * does not list, sorted; {@code indexWritten} is when the index was written. A folder of the index that is
     * now something else (a link, a file) is listed too.
     */
    static List<String> of(Path site, FileIndex index, FileTime indexWritten) throws IOException {
        Map<String, Set<String>> folders = folders(index);
        List<String> added = new ArrayList<>();
        for (Map.Entry<String, Set<String>> f : folders.entrySet()) {
            String folder = f.getKey();
            if (folder.isEmpty()) continue;
            Path dir = site.resolve(folder);
            BasicFileAttributes a = FileTrees.attributes(dir);
            if (a == null) continue; // taken out: nothing of anyone's to lose
            if (!a.isDirectory()) {
                added.add(folder);
            } else if (a.lastModifiedTime().compareTo(indexWritten) > 0) {
                for (String name : FileTrees.list(dir)) {
                    if (!f.getValue().contains(name) && !DesktopFiles.is(name)) added.add(folder + "/" + name);
                }
            }
        }
        added.sort(null);
        return added;
    }

    /**
     * Each folder of the index ("" the top, "cpt", "cpt/38900") with the names the index has in it. A path that
     * could lead out of the site (a damaged index: "..", "/etc") names no folder.
     */
    static Map<String, Set<String>> folders(FileIndex index) {
        Map<String, Set<String>> folders = new HashMap<>();
        for (String path : index.entries().keySet()) {
            if (!inside(path)) continue;
            int from = 0;
            String parent = "";
            for (int slash = path.indexOf('/'); ; slash = path.indexOf('/', from)) {
                String name = slash < 0 ? path.substring(from) : path.substring(from, slash);
                folders.computeIfAbsent(parent, k -> new HashSet<>()).add(name);
                if (slash < 0) break;
                parent = path.substring(0, slash);
                from = slash + 1;
            }
        }
        return folders;
    }

    private static boolean inside(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.indexOf('\\') >= 0) return false;
        for (String name : path.split("/", -1)) {
            if (name.isEmpty() || name.equals(".") || name.equals("..")) return false;
        }
        return true;
    }
}
