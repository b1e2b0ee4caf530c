/** The pipeline: the one class that knows the order of the stages, load, link, render, check and write. */
@NullMarked
package org.cptsite.build;

import org.jspecify.annotations.NullMarked;
