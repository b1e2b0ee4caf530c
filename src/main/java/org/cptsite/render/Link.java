package org.cptsite.render;

/** A link as templates show it. */
public record Link(String label, String url) {}
