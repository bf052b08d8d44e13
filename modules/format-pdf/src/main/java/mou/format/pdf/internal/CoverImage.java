package mou.format.pdf.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * A logo or seal for the cover, read from the workspace: every PNG or JPEG file directly in the
 * workspace's {@code cover/} folder, in the order of their names, at most {@link #MAX_IMAGES} of
 * at most {@link #MAX_BYTES} each. A file's name, without its extension and without leading digits
 * and separators that order it, is its description (the image's alternative text):
 * {@code cover/1-Seal of the State of California.png} is described as "Seal of the State of
 * California". Only regular files inside the workspace count: a link, a folder, or a path that
 * leads out of the workspace is ignored.
 *
 * A file the JRE cannot read as an image is left out.
 *
 * @param dataUri the image as a PNG {@code data:} URI, so that the renderer reads no file itself
 * @param description its alternative text
 */
record CoverImage(String dataUri, String description) {

    static final String FOLDER = "cover";
    static final int MAX_IMAGES = 4;
    static final long MAX_BYTES = 2L * 1024 * 1024;

    /** The cover images of a workspace folder; none when it is null or has no {@code cover/} folder. */
    static List<CoverImage> in(Path workspace) throws IOException {
        List<CoverImage> images = new ArrayList<>();
        if (workspace == null) {
            return images;
        }
        Path folder = workspace.resolve(FOLDER);
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return images;
        }
        Path root = workspace.toRealPath();
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (mediaType(name) != null && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)
                        && entry.toRealPath().startsWith(root) && Files.size(entry) <= MAX_BYTES) {
                    files.add(entry);
                }
            }
        }
        files.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        for (Path file : files) {
            if (images.size() == MAX_IMAGES) {
                break;
            }
            byte[] png = png(file);
            if (png != null) {
                String uri = "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
                images.add(new CoverImage(uri, description(file.getFileName().toString())));
            }
        }
        return images;
    }

    /**
     * The image as PNG, or null when the file is no image the JRE can read. Every image is written
     * again as PNG: openhtmltopdf embeds a JPEG's bytes under the wrong filter (a PDF reader cannot
     * show it), and a file that is no image is left out instead of failing the report.
     */
    private static byte[] png(Path file) throws IOException {
        BufferedImage image;
        try {
            image = ImageIO.read(file.toFile());
        } catch (IOException | RuntimeException e) {
            return null;
        }
        if (image == null) {
            return null;
        }
        // 8-bit RGB on the cover's white: a palette, grey or 16-bit PNG would come out in the wrong colours
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(rgb, "png", out);
        return out.toByteArray();
    }

    static String mediaType(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.startsWith(".")) {
            return null;
        }
        if (lower.endsWith(".png")) {
            return "image/png";
        }
        return lower.endsWith(".jpg") || lower.endsWith(".jpeg") ? "image/jpeg" : null;
    }

    /** "1-Seal of the State of California.png" → "Seal of the State of California"; "logo_semarnat.png" → "logo semarnat". */
    static String description(String fileName) {
        String base = fileName.substring(0, fileName.lastIndexOf('.'));
        int start = 0;
        while (start < base.length() && (Character.isDigit(base.charAt(start)) || " -_.".indexOf(base.charAt(start)) >= 0)) {
            start++;
        }
        String words = base.substring(start).replace('_', ' ').replace('-', ' ').strip();
        return words.isEmpty() ? base : words;
    }
}
