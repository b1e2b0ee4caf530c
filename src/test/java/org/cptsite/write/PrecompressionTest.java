package org.cptsite.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aayushatharva.brotli4j.decoder.Decoder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.cptsite.model.Hosting.Compression;
import org.junit.jupiter.api.Test;

class PrecompressionTest {
    private static final byte[] PAGE =
            "<!DOCTYPE html><title>38900</title>".repeat(100).getBytes(StandardCharsets.UTF_8);

    @Test
    void gzipIsDeterministicWithoutNameOrTime() throws IOException {
        byte[] gz = Precompression.gzip(PAGE);
        assertArrayEquals(gz, Precompression.gzip(PAGE));
        assertEquals(0, gz[3], "FLG: no file name, comment or extra field");
        assertArrayEquals(new byte[4], java.util.Arrays.copyOfRange(gz, 4, 8), "MTIME 0");
        assertArrayEquals(PAGE, new GZIPInputStream(new ByteArrayInputStream(gz)).readAllBytes());
        assertTrue(gz.length < PAGE.length / 10);
    }

    @Test
    void brotliLoadsHereAndRoundTrips() throws IOException {
        assertTrue(Precompression.brotliAvailable());
        byte[] br = Precompression.brotli(PAGE);
        assertArrayEquals(br, Precompression.brotli(PAGE));
        assertArrayEquals(PAGE, Decoder.decompress(br).getDecompressedData());
    }

    @Test
    void variantsOfTextFilesOnly() {
        Precompression both = new Precompression(Set.of(Compression.GZIP, Compression.BROTLI));
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (String path : new String[] {
            "cpt/38900/index.html",
            "cpt/38900.json",
            "sitemap.xml",
            "robots.txt",
            "assets/site.0123456789.css",
            "assets/search.0123456789.js",
            "_headers",
            "_redirects",
            ".cptsite-manifest.tsv",
            "a.b/c"
        }) {
            both.variants(path, PAGE, out::put);
        }
        assertEquals(
                Set.of(
                        "cpt/38900/index.html.gz",
                        "cpt/38900/index.html.br",
                        "cpt/38900.json.gz",
                        "cpt/38900.json.br",
                        "sitemap.xml.gz",
                        "sitemap.xml.br",
                        "robots.txt.gz",
                        "robots.txt.br",
                        "assets/site.0123456789.css.gz",
                        "assets/site.0123456789.css.br",
                        "assets/search.0123456789.js.gz",
                        "assets/search.0123456789.js.br"),
                out.keySet());
        Map<String, byte[]> none = new LinkedHashMap<>();
        new Precompression(Set.of()).variants("index.html", PAGE, none::put);
        assertEquals(Map.of(), none);
    }
}
