/** The command line: build, check and show, with streams passed in and an exit code returned. */
@NullMarked
package org.cptsite.cli;

import org.jspecify.annotations.NullMarked;
