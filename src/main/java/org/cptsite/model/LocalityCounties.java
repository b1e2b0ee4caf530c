package org.cptsite.model;

/** One row of the LOCCO file: which counties of a state make up a locality's fee schedule area. */
public record LocalityCounties(String mac, String locality, String state, String area, String counties, int line) {}
