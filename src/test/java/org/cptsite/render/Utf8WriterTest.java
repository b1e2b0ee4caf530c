package org.cptsite.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8WriterTest {
    /** ASCII, Latin-1, other BMP characters, both halves of a surrogate pair. */
    private static final char[] ALPHABET = {
        'a', '<', '\n', '\u00e9', '\u00ae', '\u2013', '\u201c', '\u20ac', '\ud83d', '\ude00', '\uffff'
    };

    @Test
    void encodesAsStringGetBytesDoes() {
        Utf8Writer w = new Utf8Writer(4);
        String text = "a\u00e9\u20ac\ud83d\ude00 \u2013 end";
        w.write(text);
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), w.toByteArray());
    }

    @Test
    void surrogatePairSplitAcrossWrites() {
        Utf8Writer w = new Utf8Writer(4);
        w.write("x\ud83d");
        w.write(new char[] {'\ude00', 'y'}, 0, 2);
        assertArrayEquals("x\ud83d\ude00y".getBytes(StandardCharsets.UTF_8), w.toByteArray());
    }

    @Test
    void loneSurrogatesBecomeQuestionMarks() {
        for (String s : new String[] {"a\ud83d", "a\ud83db", "a\ude00b", "\ud83d\ud83d\ude00"}) {
            Utf8Writer w = new Utf8Writer(1);
            w.write(s);
            assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), w.toByteArray(), s);
        }
    }

    /** Random text in random pieces, through each write method, is the bytes of the whole text. */
    @Test
    void randomTextInRandomPieces() {
        Random random = new Random(42);
        for (int round = 0; round < 500; round++) {
            char[] text = new char[random.nextInt(2000)];
            for (int i = 0; i < text.length; i++) {
                // mostly ASCII, as pages are
                text[i] = random.nextInt(4) > 0
                        ? (char) (' ' + random.nextInt(95))
                        : ALPHABET[random.nextInt(ALPHABET.length)];
            }
            String s = new String(text);
            Utf8Writer w = new Utf8Writer(1 + random.nextInt(64));
            for (int at = 0; at < text.length; ) {
                int n = Math.min(text.length - at, 1 + random.nextInt(700));
                switch (random.nextInt(4)) {
                    case 0 -> w.write(text, at, n);
                    case 1 -> w.write(s, at, n);
                    case 2 -> w.write(s.substring(at, at + n));
                    default -> {
                        n = 1;
                        w.write(text[at]);
                    }
                }
                at += n;
            }
            assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), w.toByteArray(), "round " + round);
        }
    }
}
