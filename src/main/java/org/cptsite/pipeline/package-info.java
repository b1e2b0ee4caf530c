/**
 * The pipeline: the one class that knows the order of the stages, load, link, compute, render and check,
 * and write.
 */
@NullMarked
package org.cptsite.pipeline;

import org.jspecify.annotations.NullMarked;
