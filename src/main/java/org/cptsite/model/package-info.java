/** The data the site is made of: a CMS fee-schedule release, editorial content and site settings, as plain records. */
@NullMarked
package org.cptsite.model;

import org.jspecify.annotations.NullMarked;
