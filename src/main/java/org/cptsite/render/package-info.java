/**
 * Turns the linked site into pages: view records, Freemarker templates, JSON twins, JSON-LD, the search
 * index; and the reports of the commands (price export, release diff).
 */
@NullMarked
package org.cptsite.render;

import org.jspecify.annotations.NullMarked;
