/**
 * Checks every rendered page with jsoup before anything is published: SEO head tags, headings, ids, links and
 * anchors, JSON-LD, accessibility basics, render-blocking scripts, hashed assets and page weight. Each rule has a
 * key ({@link org.cptsite.model.CheckRule}); site.yml's {@code checks:} may turn one into a warning.
 */
@NullMarked
package org.cptsite.check;

import org.jspecify.annotations.NullMarked;
