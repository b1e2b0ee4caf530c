package org.cptsite.write;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MountPointsTest {
    @Test
    void aMountPointIsTold(@TempDir Path tmp) throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "Linux");
        assertTrue(MountPoints.is(Path.of("/proc")), "proc is mounted on the root's file system");
        Path folder = Files.createDirectory(tmp.resolve("site"));
        assertFalse(MountPoints.is(folder));
    }

    /** A bind mount has its parent's device: /proc/self/mountinfo names it, its spaces escaped. */
    @Test
    void mountinfoNamesBindMounts() {
        List<String> mountinfo = List.of(
                "22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw",
                "610 22 8:1 /home/me/site /srv/my\\040site rw,relatime shared:1 - ext4 /dev/sda1 rw");
        assertTrue(MountPoints.listed(mountinfo, "/srv/my site"));
        assertFalse(MountPoints.listed(mountinfo, "/srv/my\\040site"));
        assertFalse(MountPoints.listed(mountinfo, "/home/me/site"), "the mounted folder's source is not a mount point");
    }
}
