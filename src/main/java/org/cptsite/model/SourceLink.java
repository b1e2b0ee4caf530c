package org.cptsite.model;

/**
 * A link to a page of the site that an editor wrote in Markdown ({@code [text](/cpt/38900/#faq)} or
 * {@code (#h-payment)}): its URL as written, and the file and line it is on, so that a broken one is
 * reported there rather than on every page that shows it.
 */
public record SourceLink(String url, String file, int line) {}
