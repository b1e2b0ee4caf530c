package org.cptsite.model;

/** A permanent redirect the content asks for, between two site URLs ({@code /cpt/0001T/} to {@code /cpt/0002T/}). */
public record Redirect(String from, String to) implements Comparable<Redirect> {
    @Override
    public int compareTo(Redirect o) {
        int c = from.compareTo(o.from);
        return c != 0 ? c : to.compareTo(o.to);
    }
}
