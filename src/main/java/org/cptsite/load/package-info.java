/** Reads the inputs: a CMS release (zip or folder, files recognised by content) and the Markdown content. */
package org.cptsite.load;
