package org.cptsite.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import org.junit.jupiter.api.Test;

/** The fix a failed write of the site suggests, by where and why it failed. */
class WriteFixTest {
    @Test
    void aReadOnlyFolderInTheWorkingFolderIsNamedForDeletion() {
        String path = "/srv/www/.cptsite/site/staging/cpt/0001F.json";
        String fix = Pipeline.writeFix(path, new AccessDeniedException(path));
        assertTrue(
                fix.startsWith("a read-only folder of an earlier site is in cptsite's working folder: delete "
                        + "/srv/www/.cptsite/site/old and /srv/www/.cptsite/site/staging"),
                fix);
    }

    @Test
    void aReadOnlyOutputFolderIsToBeMadeWritable() {
        String path = "/srv/www/site/index.html";
        assertEquals(
                "make the folder writable (chmod u+w /srv/www/site), or choose --out in a folder you can write to",
                Pipeline.writeFix(path, new AccessDeniedException(path)));
    }

    @Test
    void aFullDiskIsToBeFreed() {
        assertTrue(Pipeline.writeFix("/srv/www/site/index.html", new IOException("No space left on device"))
                .startsWith("free space on that disk"));
    }
}
