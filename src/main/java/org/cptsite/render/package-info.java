/** Turns the linked site into pages: view records, Freemarker templates, JSON twins, JSON-LD, sitemap. */
package org.cptsite.render;
