package org.jsis.namematch.bench.synth;

import java.util.Arrays;
import java.util.Random;

/** Draws ranks {@code 0..n-1} with probability proportional to {@code 1 / (rank + 1)^s}. */
final class Zipf {

    private final double[] cumulative;

    Zipf(int n, double s) {
        if (n < 1) {
            throw new IllegalArgumentException("a Zipf distribution needs at least one rank, got " + n);
        }
        cumulative = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1 / Math.pow(i + 1, s);
            cumulative[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            cumulative[i] /= sum;
        }
    }

    int sample(Random r) {
        int i = Arrays.binarySearch(cumulative, r.nextDouble());
        return Math.min(cumulative.length - 1, i >= 0 ? i : -i - 1);
    }
}
