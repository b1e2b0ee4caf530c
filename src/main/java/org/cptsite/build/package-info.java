/** The pipeline: the one class that knows the order of the stages, load, link, render, check and write. */
package org.cptsite.build;
