/** Writes the site atomically: build beside site/, swap at the end; sitemap with content-based lastmod. */
package org.cptsite.write;
