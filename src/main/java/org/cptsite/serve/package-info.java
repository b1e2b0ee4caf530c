/**
 * {@code cptsite serve}: the site served from memory while editors work. The inputs are loaded once
 * ({@link org.cptsite.serve.LiveSite}), each page is rendered when a browser asks for it and kept in a
 * bounded cache, a watcher ({@link org.cptsite.serve.InputWatcher}) reloads what changed, and open tabs
 * reload by themselves ({@link org.cptsite.serve.DevServer}). Nothing is written to disk.
 */
@NullMarked
package org.cptsite.serve;

import org.jspecify.annotations.NullMarked;
