package dev.cloudmaker.bench.report;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What the charts share: a white image with a title, a y axis from 0 to a round maximum with grid lines, a
 * legend, and PNG output. Drawn off-screen ({@code java.awt} headless), so no display is needed.
 */
final class ChartCanvas {
    static final int WIDTH = 800;
    static final int HEIGHT = 480;
    static final int LEFT = 80;
    static final int RIGHT = 30;
    static final int TOP = 50;
    static final int BOTTOM = 70;
    /** Series colours, in order; distinguishable also in grey. */
    static final List<Color> PALETTE = List.of(new Color(0x1f77b4), new Color(0xd62728), new Color(0x7f7f7f),
            new Color(0x2ca02c), new Color(0x9467bd), new Color(0xff7f0e));

    static {
        System.setProperty("java.awt.headless", "true");
    }

    final BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    final Graphics2D g = image.createGraphics();
    private final double yMax;

    ChartCanvas(String title, String yLabel, double dataMax) {
        this.yMax = roundUp(dataMax);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString(title, LEFT, 28);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        double step = yMax / 5;
        for (int i = 0; i <= 5; i++) {
            int y = y(i * step);
            g.setColor(new Color(0xe0e0e0));
            g.drawLine(LEFT, y, WIDTH - RIGHT, y);
            g.setColor(Color.BLACK);
            // one number format for the whole axis: 0.40 beside 2.00, not beside 2
            String label = step == Math.rint(step) ? format(i * step) : String.format(Locale.ROOT, "%.2f", i * step);
            g.drawString(label, LEFT - 8 - g.getFontMetrics().stringWidth(label), y + 4);
        }
        g.drawLine(LEFT, TOP, LEFT, HEIGHT - BOTTOM);
        g.drawLine(LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM);
        Graphics2D rotated = (Graphics2D) g.create();
        rotated.rotate(-Math.PI / 2);
        rotated.drawString(yLabel, -(TOP + (HEIGHT - TOP - BOTTOM) / 2) - rotated.getFontMetrics().stringWidth(yLabel) / 2, 18);
        rotated.dispose();
    }

    /** The pixel row of value {@code v} on the y axis. */
    int y(double v) {
        return HEIGHT - BOTTOM - (int) Math.round(v / yMax * (HEIGHT - TOP - BOTTOM));
    }

    void xLabel(String text) {
        g.setColor(Color.BLACK);
        g.drawString(text, LEFT + (WIDTH - LEFT - RIGHT - g.getFontMetrics().stringWidth(text)) / 2, HEIGHT - 15);
    }

    /** Text centred on {@code x}, its baseline at {@code y}. */
    void centred(String text, int x, int y) {
        g.drawString(text, x - g.getFontMetrics().stringWidth(text) / 2, y);
    }

    void legend(List<String> names) {
        int x = LEFT + 15;
        int y = TOP + 10;
        for (int i = 0; i < names.size(); i++) {
            g.setColor(PALETTE.get(i % PALETTE.size()));
            g.fillRect(x, y + i * 18, 12, 12);
            g.setColor(Color.BLACK);
            g.drawString(names.get(i), x + 18, y + i * 18 + 11);
        }
    }

    void stroke(float width, boolean dashed) {
        g.setStroke(dashed ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1, new float[]{6, 4}, 0)
                : new BasicStroke(width));
    }

    void write(Path png) throws IOException {
        g.dispose();
        Files.createDirectories(png.toAbsolutePath().getParent());
        if (!ImageIO.write(image, "png", png.toFile())) {
            throw new IOException("no PNG writer in this JDK for " + png);
        }
    }

    /** 1, 2 or 5 times a power of ten, at least {@code v} (and 1 for nothing to show). */
    static double roundUp(double v) {
        if (!(v > 0)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[]{1, 2, 5, 10}) {
            if (m * power >= v) {
                return m * power;
            }
        }
        return 10 * power;
    }

    static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? Long.toString((long) v)
                : String.format(Locale.ROOT, v < 10 ? "%.2f" : "%.1f", v);
    }
}
