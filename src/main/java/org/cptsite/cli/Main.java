package org.cptsite.cli;
public class Main { public static void main(String[] a) {} }
