/** Reads the inputs: a CMS release (zip or folder, files recognised by content) and the Markdown content. */
@NullMarked
package org.cptsite.load;

import org.jspecify.annotations.NullMarked;
