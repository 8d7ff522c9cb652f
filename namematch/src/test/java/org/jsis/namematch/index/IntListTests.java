package org.jsis.namematch.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IntListTests {

    @Test
    void addGetRemove() {
        IntList list = new IntList(1);
        for (int i = 0; i < 100; i++) {
            list.add(i);
        }
        assertThat(list.size()).isEqualTo(100);
        assertThat(list.get(99)).isEqualTo(99);
        assertThat(list.removeIf(v -> v % 2 == 1)).isEqualTo(50);
        assertThat(list.size()).isEqualTo(50);
        assertThat(list.get(10)).isEqualTo(20);
        assertThatThrownBy(() -> list.get(50)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void addIfNotLast() {
        IntList list = new IntList();
        list.addIfNotLast(3);
        list.addIfNotLast(3);
        list.addIfNotLast(4);
        list.addIfNotLast(3);
        assertThat(list.size()).isEqualTo(3);
    }

    @Test
    void intIntMap_orsBitsAndGrows() {
        IntIntMap map = new IntIntMap(2);
        for (int i = 0; i < 1000; i++) {
            map.or(i * 7, 1);
            map.or(i * 7, 4);
        }
        assertThat(map.size()).isEqualTo(1000);
        assertThat(map.get(7 * 500)).isEqualTo(5);
        assertThat(map.get(3)).isZero();
        int[] sum = {0};
        map.forEach((k, v) -> sum[0] += v);
        assertThat(sum[0]).isEqualTo(5000);
    }

    @Test
    void intIntMap_agreesWithAHashMapOnSeededRandomKeys() {
        java.util.Random random = new java.util.Random(20261128);
        IntIntMap map = new IntIntMap(1 + random.nextInt(16));
        java.util.Map<Integer, Integer> expected = new java.util.HashMap<>();
        for (int i = 0; i < 50_000; i++) {
            int key = random.nextInt(random.nextBoolean() ? 100 : Integer.MAX_VALUE);
            int bits = 1 << random.nextInt(31);
            map.or(key, bits);
            expected.merge(key, bits, (a, b) -> a | b);
        }
        assertThat(map.size()).isEqualTo(expected.size());
        expected.forEach((k, v) -> assertThat(map.get(k)).isEqualTo(v));
        java.util.Map<Integer, Integer> visited = new java.util.HashMap<>();
        map.forEach(visited::put);
        assertThat(visited).isEqualTo(expected);
    }
}
