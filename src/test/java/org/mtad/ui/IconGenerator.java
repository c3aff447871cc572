package org.mtad.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

/**
 * Draws the PNG sizes of the app icon (the same picture as icons/icon.svg, on its 64-unit grid) and favicon.ico
 * (an ICO holding the 32 px PNG). Run once after changing the picture:
 * {@code java -cp target/test-classes org.mtad.ui.IconGenerator src/main/resources/META-INF/resources}.
 */
public final class IconGenerator {

    static final int[] SIZES = {32, 180, 192, 512};

    private IconGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "src/main/resources/META-INF/resources");
        Files.createDirectories(root.resolve("icons"));
        for (int size : SIZES) {
            Files.write(root.resolve("icons/icon-" + size + ".png"), png(draw(size)));
        }
        Files.write(root.resolve("favicon.ico"), ico(png(draw(32)), 32));
    }

    static BufferedImage draw(int size) {
        var image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 64.0, size / 64.0);
        g.setColor(new Color(0x1f4e79));
        g.fill(new RoundRectangle2D.Double(0, 0, 64, 64, 28, 28));
        g.setColor(new Color(0x9fc3e6));
        g.setStroke(new BasicStroke(3, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(12, 50, 52, 50));
        var line = new Path2D.Double();
        line.moveTo(12, 42);
        line.lineTo(23, 30);
        line.lineTo(32, 36);
        line.lineTo(42, 20);
        line.lineTo(52, 14);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(5, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(line);
        g.setColor(new Color(0xf4b400));
        g.fill(new Ellipse2D.Double(38, 16, 8, 8));
        g.dispose();
        return image;
    }

    static byte[] png(BufferedImage image) throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** An ICO file with one PNG image (allowed since Windows Vista; every current browser reads it). */
    static byte[] ico(byte[] png, int size) {
        ByteBuffer b = ByteBuffer.allocate(6 + 16 + png.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) 1);
        b.put((byte) size).put((byte) size).put((byte) 0).put((byte) 0);
        b.putShort((short) 1).putShort((short) 32).putInt(png.length).putInt(6 + 16);
        b.put(png);
        return b.array();
    }
}
