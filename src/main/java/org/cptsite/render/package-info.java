/** Turns the linked site into pages: view records, Freemarker templates, JSON twins, JSON-LD, sitemap. */
@NullMarked
package org.cptsite.render;

import org.jspecify.annotations.NullMarked;
