package org.cptsite.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.cptsite.model.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sizes of content/static/'s images, and the img elements Markdown makes of them. */
class ImageSizesTest {
    @TempDir
    Path tmp;

    private Path image(String name, int w, int h, String format) throws IOException {
        Path f = tmp.resolve(name);
        Files.createDirectories(f.getParent());
        ImageIO.write(new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB), format, f.toFile());
        return f;
    }

    @Test
    void eachKindGivesItsWidthAndHeight() throws IOException {
        assertArrayEquals(new int[] {640, 480}, ImageSizes.read(image("a.png", 640, 480, "png")));
        assertArrayEquals(new int[] {32, 20}, ImageSizes.read(image("b.JPG", 32, 20, "jpeg")));
        assertArrayEquals(new int[] {7, 9}, ImageSizes.read(image("c.gif", 7, 9, "gif")));
        Path svg = Files.writeString(
                tmp.resolve("d.svg"),
                "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120px\" height='80'>");
        assertArrayEquals(new int[] {120, 80}, ImageSizes.read(svg));
        Path box = Files.writeString(tmp.resolve("e.svg"), "<svg viewBox=\"0 0 300 150\"></svg>");
        assertArrayEquals(new int[] {300, 150}, ImageSizes.read(box));
        // A lossless WebP header (VP8L): 14 bits of width-1, 14 of height-1.
        byte[] webp = new byte[30];
        System.arraycopy("RIFF".getBytes(), 0, webp, 0, 4);
        System.arraycopy("WEBPVP8L".getBytes(), 0, webp, 8, 8);
        int bits = (400 - 1) | (300 - 1) << 14;
        webp[21] = (byte) bits;
        webp[22] = (byte) (bits >> 8);
        webp[23] = (byte) (bits >> 16);
        webp[24] = (byte) (bits >> 24);
        assertArrayEquals(new int[] {400, 300}, ImageSizes.read(Files.write(tmp.resolve("f.webp"), webp)));
        assertNull(ImageSizes.read(Files.writeString(tmp.resolve("g.png"), "not an image")));
        assertNull(ImageSizes.read(Files.writeString(tmp.resolve("h.svg"), "<svg width=\"100%\">")));
    }

    @Test
    void markdownGivesAnImageOfStaticItsSize() throws IOException {
        Path logo = image("static/images/Our logo.png", 200, 100, "png");
        Markdown md = new Markdown(false, new ImageSizes(Map.of("images/Our logo.png", logo)));
        Problems problems = new Problems();
        String html = md.toHtml(
                "![Our logo](/images/Our%20logo.png) and ![elsewhere](/images/none.png)", "a.md", 1, problems);
        assertTrue(
                html.contains("<img src=\"/images/Our%20logo.png\" alt=\"Our logo\" width=\"200\" height=\"100\""),
                html);
        assertTrue(html.contains("<img src=\"/images/none.png\" alt=\"elsewhere\" />"), html);
        // A name with a space, in CommonMark's angle brackets or not: a link, the space written %20.
        String spaced =
                md.toHtml("[form](</files/claim form.pdf>) [again](/files/claim form.pdf)", "a.md", 1, problems);
        assertEquals(
                "<p><a href=\"/files/claim%20form.pdf\">form</a> <a href=\"/files/claim%20form.pdf\">again</a></p>",
                spaced);
        assertEquals(0, problems.all().size(), problems.all()::toString);
    }
}
