/**
 * What render hands to check and write: the {@link org.cptsite.output.Output} that takes the rendered files,
 * the URL-to-file mapping, and the base path of a site served under one. Its own package, so that check and
 * write depend on it and not on render.
 */
@NullMarked
package org.cptsite.output;

import org.jspecify.annotations.NullMarked;
