package org.cptsite.compute;

import java.util.ArrayList;
import java.util.List;
import org.cptsite.model.CodeRows;
import org.cptsite.model.Release;
import org.cptsite.model.Releases;
import org.jspecify.annotations.Nullable;

/**
 * One code across the given releases: its figures in each release that has it (oldest first), the change
 * since the previous release and since the same quarter a year before, and whether it is new or deleted.
 *
 * @param sincePrevious null when the previous release is not given or lacks the code (then {@code isNew})
 * @param sinceYearBefore null when that release is not given or lacks the code
 * @param isNew the previous given release lacks the code, the current one has it
 * @param last the newest release that has the code: the current one unless the code is deleted
 */
public record CodeHistory(
        String code,
        List<Figures> points,
        @Nullable Change sincePrevious,
        @Nullable Change sinceYearBefore,
        boolean isNew,
        Release last,
        Release current) {

    public boolean deleted() {
        return last != current;
    }

    public static CodeHistory of(String code, Releases releases) {
        // The newest release that has the code chooses the row the history follows (its headline row).
        List<Release> all = releases.all();
        Figures last = null;
        for (int i = all.size() - 1; i >= 0 && last == null; i--) {
            CodeRows rows = all.get(i).codes().get(code);
            if (rows != null) last = Figures.of(all.get(i), rows);
        }
        if (last == null) return null;
        List<Figures> points = new ArrayList<>();
        for (Release r : all) {
            CodeRows rows = r.codes().get(code);
            if (r == last.release()) points.add(last);
            else if (rows != null) points.add(Figures.like(last, r, rows));
        }
        Release current = releases.current();
        Release previous = releases.previous(last.release());
        Release yearBefore = releases.yearBefore(last.release());
        Figures before = find(points, previous);
        Figures yearAgo = find(points, yearBefore);
        return new CodeHistory(
                code,
                List.copyOf(points),
                before == null ? null : Change.of(before, last),
                yearAgo == null ? null : Change.of(yearAgo, last),
                last.release() == current && previous != null && before == null,
                last.release(),
                current);
    }

    private static Figures find(List<Figures> points, Release r) {
        if (r == null) return null;
        for (Figures f : points) {
            if (f.release() == r) return f;
        }
        return null;
    }
}
