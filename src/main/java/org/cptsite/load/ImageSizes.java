package org.cptsite.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.cptsite.model.UrlPath;

/**
 * The width and height of the images of content/static/, for the {@code img} elements Markdown makes: the
 * page checks require both (without them the page shifts as each image arrives), and Markdown cannot write
 * them. PNG, JPEG, GIF and BMP are read by the JDK's ImageIO (the header only), WebP and SVG here; each file
 * once per load.
 */
final class ImageSizes {
    /** No images: every size unknown. */
    static final ImageSizes NONE = new ImageSizes(Map.of());

    private static final Pattern SVG_TAG = Pattern.compile("<svg\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern LENGTH =
            Pattern.compile("\\s(width|height)\\s*=\\s*[\"']\\s*([0-9.]+)\\s*(px)?\\s*[\"']");
    private static final Pattern VIEW_BOX = Pattern.compile(
            "\\sviewBox\\s*=\\s*[\"']\\s*[-0-9.]+[\\s,]+[-0-9.]+[\\s,]+([0-9.]+)[\\s,]+([0-9.]+)\\s*[\"']");

    private final Map<String, Path> statics;
    private final Map<String, Optional<int[]>> known = new ConcurrentHashMap<>();

    /** @param statics the files of content/static/ by their path in the site */
    ImageSizes(Map<String, Path> statics) {
        this.statics = statics;
    }

    /** {width, height} of the image a Markdown URL names (/files/logo.png), or null when unknown. */
    int[] of(String url) {
        if (!url.startsWith("/") || url.startsWith("//")) return null;
        String path = UrlPath.decoded(url.substring(1, UrlPath.pathEnd(url)));
        Path file = statics.get(path);
        if (file == null) return null;
        return known.computeIfAbsent(path, p -> Optional.ofNullable(read(file))).orElse(null);
    }

    /** {width, height} of an image file, or null when it is none of the kinds known, or unreadable. */
    static int[] read(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        try {
            if (name.endsWith(".svg")) return svg(file);
            if (name.endsWith(".webp")) return webp(file);
            try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
                if (in == null) return null;
                Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
                if (!readers.hasNext()) return null;
                ImageReader reader = readers.next();
                try {
                    reader.setInput(in, true, true);
                    return sized(reader.getWidth(0), reader.getHeight(0));
                } finally {
                    reader.dispose();
                }
            }
        } catch (IOException | RuntimeException e) {
            return null; // a damaged image: the page check then says it has no size
        }
    }

    /** The root element's width and height in pixels, else its viewBox's. */
    private static int[] svg(Path file) throws IOException {
        String head;
        try (InputStream in = Files.newInputStream(file)) {
            head = new String(in.readNBytes(8192), StandardCharsets.UTF_8);
        }
        Matcher tag = SVG_TAG.matcher(head);
        if (!tag.find()) return null;
        double width = -1;
        double height = -1;
        Matcher m = LENGTH.matcher(tag.group());
        while (m.find()) {
            if (m.group(1).equals("width")) width = Double.parseDouble(m.group(2));
            else height = Double.parseDouble(m.group(2));
        }
        if (width > 0 && height > 0) return sized((int) Math.round(width), (int) Math.round(height));
        Matcher box = VIEW_BOX.matcher(tag.group());
        return box.find()
                ? sized((int) Math.round(Double.parseDouble(box.group(1))), (int)
                        Math.round(Double.parseDouble(box.group(2))))
                : null;
    }

    /** A WebP file's canvas: the VP8 (lossy), VP8L (lossless) or VP8X (extended) header. */
    private static int[] webp(Path file) throws IOException {
        byte[] b;
        try (InputStream in = Files.newInputStream(file)) {
            b = in.readNBytes(30);
        }
        if (b.length < 30 || !ascii(b, 0, "RIFF") || !ascii(b, 8, "WEBP")) return null;
        if (ascii(b, 12, "VP8 ")) return sized(u16(b, 26) & 0x3FFF, u16(b, 28) & 0x3FFF);
        if (ascii(b, 12, "VP8L")) {
            int bits = (b[21] & 0xFF) | (b[22] & 0xFF) << 8 | (b[23] & 0xFF) << 16 | (b[24] & 0xFF) << 24;
            return sized((bits & 0x3FFF) + 1, (bits >> 14 & 0x3FFF) + 1);
        }
        if (ascii(b, 12, "VP8X")) return sized(u24(b, 24) + 1, u24(b, 27) + 1);
        return null;
    }

    private static boolean ascii(byte[] b, int at, String s) {
        for (int i = 0; i < s.length(); i++) if (b[at + i] != s.charAt(i)) return false;
        return true;
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static int u24(byte[] b, int at) {
        return u16(b, at) | (b[at + 2] & 0xFF) << 16;
    }

    private static int[] sized(int width, int height) {
        return width > 0 && height > 0 ? new int[] {width, height} : null;
    }
}
