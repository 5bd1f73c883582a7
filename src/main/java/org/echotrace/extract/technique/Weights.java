package org.echotrace.extract.technique;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * A weight matrix stored as half-precision floats: the shipped model stays a few megabytes, and a
 * linear model's decisions do not move at the fourth significant digit.
 */
final class Weights {
    private Weights() {
    }

    static void write(DataOutputStream out, float[] w) throws IOException {
        out.writeInt(w.length);
        for (float v : w) {
            out.writeShort(Float.floatToFloat16(v));
        }
    }

    static float[] read(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 200_000_000) {
            throw new IOException("bad weight count " + n);
        }
        float[] w = new float[n];
        for (int i = 0; i < n; i++) {
            w[i] = Float.float16ToFloat(in.readShort());
        }
        return w;
    }
}
