/** The command line: build, check and show, with streams passed in and an exit code returned. */
package org.cptsite.cli;
