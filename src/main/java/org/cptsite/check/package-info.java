/**
 * Checks every rendered page before anything is published, from its bytes, tokenized once without a DOM
 * ({@link org.cptsite.check.HtmlScanner}, {@link org.cptsite.check.PageScan}): SEO head tags, headings, ids,
 * links and anchors, JSON-LD, accessibility basics, render-blocking scripts, hashed assets and page weight,
 * each group of rules in a class of its own ({@code HeadRules}, {@code LinkRules}, ...). Each rule has a key
 * and a fix ({@link org.cptsite.model.CheckRule}); site.yml's {@code checks:} may turn one into a warning.
 */
@NullMarked
package org.cptsite.check;

import org.jspecify.annotations.NullMarked;
