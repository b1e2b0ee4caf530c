/** Joins the release and the editorial content: each code with its text, category and range; unknown codes are problems. */
@NullMarked
package org.cptsite.link;

import org.jspecify.annotations.NullMarked;
