package org.cptsite.model;

import java.util.List;
import java.util.Set;

/**
 * How the site is laid out for its host, from site.yml: {@code json_twins} (how many JSON files, against
 * the hosts' file limits), {@code precompress} (.gz and .br files for self-hosting) and {@code redirects}
 * (whether {@code _redirects} forces its rules over existing files, as Netlify needs).
 *
 * @param forcedRedirects {@code redirects: forced}: each line's status is {@code 301!}. A deleted code with one
 *     successor keeps its page, and Netlify applies no unforced rule where a file exists; Cloudflare Pages
 *     always applies its rules and rejects the {@code !}.
 */
public record Hosting(JsonTwins jsonTwins, Set<Compression> precompress, boolean forcedRedirects) {
    /** One JSON twin per code, nothing precompressed, plain redirects. */
    public static final Hosting DEFAULT = new Hosting(JsonTwins.PER_CODE, Set.of(), false);

    public Hosting {
        if (jsonTwins == null) jsonTwins = JsonTwins.PER_CODE;
        precompress = Set.copyOf(precompress);
    }

    /** The {@code redirects} setting's values: plain (the default) and forced. */
    public static final List<String> REDIRECTS = List.of("plain", "forced");

    /** The {@code json_twins} setting. */
    public enum JsonTwins {
        /** /cpt/38900.json beside each page (the default). */
        PER_CODE("per_code"),
        /** One file per range, /category/surgery/38100-38999.json, holding its codes' twins by code. */
        PER_RANGE("per_range"),
        /** No JSON twins. */
        NONE("none");

        private final String key;

        JsonTwins(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        public static List<String> keys() {
            return java.util.Arrays.stream(values()).map(JsonTwins::key).toList();
        }

        /** The setting written as {@code key}, or null. */
        public static JsonTwins of(String key) {
            for (JsonTwins j : values()) {
                if (j.key.equals(key)) return j;
            }
            return null;
        }
    }

    /** A {@code precompress} format: the file written beside each text file. */
    public enum Compression {
        GZIP("gzip", ".gz"),
        BROTLI("brotli", ".br");

        private final String key;
        private final String suffix;

        Compression(String key, String suffix) {
            this.key = key;
            this.suffix = suffix;
        }

        public String key() {
            return key;
        }

        /** ".gz", ".br". */
        public String suffix() {
            return suffix;
        }

        public static List<String> keys() {
            return java.util.Arrays.stream(values()).map(Compression::key).toList();
        }

        /** The format written as {@code key}, or null. */
        public static Compression of(String key) {
            for (Compression c : values()) {
                if (c.key.equals(key)) return c;
            }
            return null;
        }
    }
}
