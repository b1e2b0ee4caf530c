/** Joins the release and the editorial content: each code with its text, category and range; unknown codes are problems. */
package org.cptsite.link;
