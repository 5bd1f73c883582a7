package org.echotrace.extract.technique;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/** Rows of numbers stored a byte a number, for the {@link AveragingNetwork}'s word rows. */
final class ByteRows {
    private ByteRows() {
    }

    /**
     * Word rows as one byte per number and a half-precision scale per row (the row's largest magnitude
     * over 127): a quarter of the floats' size. Design decision: a bag's input is the mean of many
     * rows, so a rounding error of half a step per number averages away; the shipped model stays a
     * few megabytes.
     */
    static void write(DataOutputStream o, float[] rows, int width) throws IOException {
        int n = rows.length / width;
        o.writeInt(n);
        o.writeInt(width);
        byte[] q = new byte[width];
        for (int r = 0; r < n; r++) {
            float max = 0;
            for (int u = 0; u < width; u++) {
                max = Math.max(max, Math.abs(rows[r * width + u]));
            }
            short half = Float.floatToFloat16(max / 127f);
            float scale = Float.float16ToFloat(half);
            for (int u = 0; u < width; u++) {
                q[u] = (byte) (scale == 0 ? 0 : Math.max(-127, Math.min(127, Math.round(rows[r * width + u] / scale))));
            }
            o.writeShort(half);
            o.write(q);
        }
    }

    static float[] read(DataInputStream in, int words) throws IOException {
        int n = in.readInt();
        int width = in.readInt();
        if (n != words || width < 1 || width > 4096) {
            throw new IOException("bad network rows: " + n + " of " + width + " for " + words + " words");
        }
        float[] rows = new float[n * width];
        byte[] q = new byte[width];
        for (int r = 0; r < n; r++) {
            float scale = Float.float16ToFloat(in.readShort());
            in.readFully(q);
            for (int u = 0; u < width; u++) {
                rows[r * width + u] = q[u] * scale;
            }
        }
        return rows;
    }
}
