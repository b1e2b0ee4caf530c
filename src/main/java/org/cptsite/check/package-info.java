/** Checks every rendered page with jsoup before anything is published: headings, head tags, ids, links. */
package org.cptsite.check;
