package org.cptsite.compute;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cptsite.link.CodeEntry;
import org.cptsite.link.LinkedSite;
import org.cptsite.model.Slug;

/**
 * The links between codes, worked out once per build: each code's neighbours in its range, the endoscopy
 * family that shares its base code, and the codes of each specialty named in the content.
 */
public final class Related {
    /** A specialty as the content names it, with its URL slug and codes in file order. */
    public record Specialty(String name, String slug, List<CodeEntry> codes) {}

    private final Map<String, CodeEntry[]> neighbours = new HashMap<>();
    private final Map<String, List<CodeEntry>> families = new HashMap<>();
    private final Map<String, Specialty> specialties = new TreeMap<>();

    public Related(LinkedSite site) {
        site.categories()
                .values()
                .forEach(groups -> groups.forEach(g -> {
                    List<CodeEntry> codes = g.codes();
                    for (int i = 0; i < codes.size(); i++) {
                        neighbours.put(codes.get(i).code(), new CodeEntry[] {
                            i > 0 ? codes.get(i - 1) : null, i + 1 < codes.size() ? codes.get(i + 1) : null
                        });
                    }
                }));
        for (CodeEntry e : site.codes().values()) {
            String base = e.rows().main().policy().endoscopicBase();
            if (!base.isEmpty() && !base.equals(e.code()) && site.codes().containsKey(base)) {
                families.computeIfAbsent(base, b -> new ArrayList<>(List.of(site.code(b))))
                        .add(e);
            }
            if (e.content() == null) continue;
            for (String name : e.content().specialties()) {
                specialties
                        .computeIfAbsent(slug(name), s -> new Specialty(name, s, new ArrayList<>()))
                        .codes()
                        .add(e);
            }
        }
    }

    public CodeEntry previous(String code) {
        CodeEntry[] n = neighbours.get(code);
        return n == null ? null : n[0];
    }

    public CodeEntry next(String code) {
        CodeEntry[] n = neighbours.get(code);
        return n == null ? null : n[1];
    }

    /** The other codes of the code's endoscopy family (its base code and the codes priced from it). */
    public List<CodeEntry> family(CodeEntry e) {
        String base = e.rows().main().policy().endoscopicBase();
        List<CodeEntry> members = families.get(base.isEmpty() ? e.code() : base);
        if (members == null) return List.of();
        return members.stream().filter(m -> m != e).toList();
    }

    /** The other codes of the code's specialties, each once, in file order of specialty then code. */
    public List<CodeEntry> sameSpecialty(CodeEntry e, int max) {
        if (e.content() == null) return List.of();
        // Keyed by code: a CodeEntry's own hash would hash its whole release.
        Map<String, CodeEntry> others = new LinkedHashMap<>();
        for (String name : e.content().specialties()) {
            for (CodeEntry o : specialties.get(slug(name)).codes()) {
                if (o != e && others.size() < max) others.putIfAbsent(o.code(), o);
            }
        }
        return List.copyOf(others.values());
    }

    public Specialty specialty(String name) {
        return specialties.get(slug(name));
    }

    public List<Specialty> specialties() {
        return List.copyOf(specialties.values());
    }

    public static String slug(String name) {
        return Slug.of(name);
    }
}
