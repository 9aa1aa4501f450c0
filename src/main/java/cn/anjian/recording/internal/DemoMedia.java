package cn.anjian.recording.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/** Small media generated in code for demo records (no downloads): a PNG picture, a WAV tone. */
public final class DemoMedia {

    private DemoMedia() {
    }

    /** A small PNG drawn here: a coloured field with a white frame (no text: no font needed). */
    public static byte[] png(String seed, Color color) {
        BufferedImage img = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, 320, 200);
        g.setColor(Color.WHITE);
        g.drawRect(10, 10, 299, 179);
        g.fillOval(120 + Math.abs(seed.hashCode() % 60), 60, 60, 60);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** One second of a sine tone as 8 kHz, 8-bit mono PCM WAV. */
    public static byte[] wav(int hz) {
        int rate = 8000;
        int n = rate;
        byte[] b = new byte[44 + n];
        java.nio.ByteBuffer h = java.nio.ByteBuffer.wrap(b).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        h.put("RIFF".getBytes()).putInt(36 + n).put("WAVE".getBytes()).put("fmt ".getBytes()).putInt(16).putShort((short) 1)
                .putShort((short) 1).putInt(rate).putInt(rate).putShort((short) 1).putShort((short) 8).put("data".getBytes()).putInt(n);
        for (int i = 0; i < n; i++) {
            b[44 + i] = (byte) (128 + 60 * Math.sin(2 * Math.PI * hz * i / rate));
        }
        return b;
    }
}
