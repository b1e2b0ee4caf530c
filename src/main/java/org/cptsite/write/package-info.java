/**
 * Writes the site atomically into a claimed output folder (safe to replace, locked): staging in the working
 * folder .cptsite/NAME/, swap at the end; sitemap with content-based lastmod; the deploy manifest.
 */
@NullMarked
package org.cptsite.write;

import org.jspecify.annotations.NullMarked;
