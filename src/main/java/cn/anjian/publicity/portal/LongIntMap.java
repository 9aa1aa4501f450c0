package cn.anjian.publicity.portal;

import java.util.Arrays;

/**
 * long → int, open addressing with linear probing (the search index's keys and ids: a million boxed entries would cost
 * ~60 MB of heap and a pointer chase per look-up). Keys are any long but {@link Long#MIN_VALUE}; not thread-safe while
 * written, safe to read once published (the index publishes it through a volatile field).
 */
final class LongIntMap {

    private static final long FREE = Long.MIN_VALUE;
    private long[] keys;
    private int[] values;
    private int size;

    LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[cap];
        Arrays.fill(keys, FREE);
        values = new int[cap];
    }

    int size() {
        return size;
    }

    /** The value of the key, or {@code missing}. */
    int get(long key, int missing) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) {
                return values[i];
            }
            if (k == FREE) {
                return missing;
            }
        }
    }

    /** The key's value, or {@code value} put and returned when it had none. */
    int putIfAbsent(long key, int value) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) {
                return values[i];
            }
            if (k == FREE) {
                keys[i] = key;
                values[i] = value;
                size++;
                return value;
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        Arrays.fill(keys, FREE);
        values = new int[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != FREE) {
                putIfAbsent(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
