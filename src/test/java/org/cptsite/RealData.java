package org.cptsite;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the real CMS release files are: the {@code cms.dir} system property (Maven passes
 * {@code ../shared/cms} by default; override with {@code -Dcms.dir=PATH}). Tests over real data are
 * skipped when the folder is absent, and fail on CI (CI=true), where it must be present.
 */
public final class RealData {
    private RealData() {}

    public static Path dir(String release) {
        Path dir = Path.of(System.getProperty("cms.dir", "../shared/cms")).resolve(release);
        boolean present = Files.isDirectory(dir);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("real CMS data missing on CI: " + dir.toAbsolutePath());
        }
        assumeTrue(present, "real CMS data not found at " + dir.toAbsolutePath());
        return dir;
    }
}
