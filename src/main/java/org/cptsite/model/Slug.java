package org.cptsite.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The URL segment made from a name: lower-case ASCII letters and digits joined by hyphens, accents dropped
 * ("Médecine générale" gives medecine-generale). A name with letters of another script (Кардиология, 心臓科)
 * keeps its ASCII part and gets a short hash of the whole name, so it is never empty, never collides with
 * another name by accident, and stays the same from build to build.
 */
public final class Slug {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ASCII_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Pattern OTHER_SCRIPT = Pattern.compile("[\\p{L}\\p{N}&&[^a-z0-9]]");

    /** How much of a heading's or question's words an id keeps: enough to tell them apart, short for a link. */
    public static final int ID_WORDS_CHARS = 60;

    private Slug() {}

    /**
     * The words of a heading or question for an id: "Is 38900 an add-on code?" gives is-38900-an-add-on-code, cut
     * at the end of the word that passes {@value #ID_WORDS_CHARS} characters; "" when it has no letter or digit.
     * ASCII text is done by hand: most pages have several such ids, and {@link #of}'s normalising and patterns
     * cost ten times as much on 17,000 pages. Other text goes through {@link #of}.
     */
    public static String words(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) return cut(of(text));
            if (c >= 'A' && c <= 'Z') c = (char) (c + ('a' - 'A'));
            boolean word = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (word) sb.append(c);
            else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') sb.append('-');
        }
        if (sb.length() > 0 && sb.charAt(sb.length() - 1) == '-') sb.setLength(sb.length() - 1);
        return cut(sb.toString());
    }

    private static String cut(String words) {
        if (words.length() <= ID_WORDS_CHARS) return words;
        int hyphen = words.indexOf('-', ID_WORDS_CHARS);
        return hyphen < 0 ? words : words.substring(0, hyphen);
    }

    public static String of(String name) {
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
        String ascii = trimHyphens(NOT_ASCII_WORD.matcher(plain).replaceAll("-"));
        if (!ascii.isEmpty() && !OTHER_SCRIPT.matcher(plain).find()) return ascii;
        String hash = hash(Normalizer.normalize(name.strip(), Normalizer.Form.NFC));
        return ascii.isEmpty() ? hash : ascii + "-" + hash;
    }

    private static String trimHyphens(String s) {
        int from = s.startsWith("-") ? 1 : 0;
        int to = s.endsWith("-") && s.length() > from ? s.length() - 1 : s.length();
        return s.substring(from, Math.max(from, to));
    }

    private static String hash(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
