package org.cptsite.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** deploy-manifest.json: every file with size, SHA-256 and type; what was added, changed and removed. */
class DeployManifestTest {
    private static FileIndex index(String... pathsAndShas) {
        Map<String, FileIndex.Entry> m = new TreeMap<>();
        for (int i = 0; i < pathsAndShas.length; i += 2) {
            m.put(pathsAndShas[i], new FileIndex.Entry(pathsAndShas[i + 1].length(), "q", pathsAndShas[i + 1]));
        }
        return new FileIndex("id", m);
    }

    @Test
    void filesAndChangesSincePrevious() {
        FileIndex before = index("index.html", "aa", "cpt/38900/index.html", "bb", "cpt/0001U.json", "cc");
        FileIndex now = index("index.html", "aa", "cpt/38900/index.html", "bx", "assets/site.0123456789.css", "dd");
        assertEquals("""
                {
                  "files": [
                    {"path":"assets/site.0123456789.css","size":2,"sha256":"dd","content_type":"text/css; charset=utf-8"},
                    {"path":"cpt/38900/index.html","size":2,"sha256":"bx","content_type":"text/html; charset=utf-8"},
                    {"path":"index.html","size":2,"sha256":"aa","content_type":"text/html; charset=utf-8"}
                  ],
                  "added": [
                    "assets/site.0123456789.css"
                  ],
                  "changed": [
                    "cpt/38900/index.html"
                  ],
                  "removed": [
                    "cpt/0001U.json"
                  ]
                }
                """, DeployManifest.text(now, before));
        assertEquals("""
                {
                  "files": [
                  ],
                  "added": [],
                  "changed": [],
                  "removed": []
                }
                """, DeployManifest.text(FileIndex.EMPTY, FileIndex.EMPTY));
    }

    @Test
    void contentTypes() {
        assertEquals("application/json", DeployManifest.contentType("cpt/38900.json"));
        assertEquals("application/xml", DeployManifest.contentType("sitemap.xml"));
        assertEquals("text/plain; charset=utf-8", DeployManifest.contentType("robots.txt"));
        assertEquals("text/javascript; charset=utf-8", DeployManifest.contentType("assets/search.0123456789.js"));
        assertEquals("application/octet-stream", DeployManifest.contentType("a.b/noext"));
        // Files of content/static/, as serve and nginx give them; the extension in any case.
        assertEquals("application/pdf", DeployManifest.contentType("files/Claim Form.PDF"));
        assertEquals("image/jpeg", DeployManifest.contentType("images/logo.jpg"));
        assertEquals("text/csv; charset=utf-8", DeployManifest.contentType("files/fees.csv"));
        assertEquals("text/plain; charset=utf-8", DeployManifest.contentType("_headers"));
        assertEquals("application/octet-stream", DeployManifest.contentType("CNAME"));
    }
}
