/**
 * Writes the site atomically into a claimed output folder (safe to replace, locked): each file into a staging
 * folder in the working folder .cptsite/NAME/ ({@link org.cptsite.write.SiteFileWriter}: kept, linked or
 * created), swapped in at the end ({@link org.cptsite.write.StagingFolder}); sitemap with content-based
 * lastmod; the deploy manifest.
 */
@NullMarked
package org.cptsite.write;

import org.jspecify.annotations.NullMarked;
