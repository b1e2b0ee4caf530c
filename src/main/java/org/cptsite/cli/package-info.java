/**
 * The command line (build, check, serve, show, prices, diff, coverage, new): options and output only, with
 * streams passed in and an exit code returned; the work is done by the stages.
 */
@NullMarked
package org.cptsite.cli;

import org.jspecify.annotations.NullMarked;
