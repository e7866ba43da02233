package org.pathway.mentoringmatch.matching;

/**
 * Keeps, for each of several slots, the k ids with the largest keys seen so far (the first offered id wins a tie,
 * so offering ids in increasing order breaks ties by the lower index).
 */
final class TopK {

    private final int k;
    private final long[] keys;
    private final int[] ids;
    private final int[] sizes;

    TopK(int slots, int k) {
        this.k = k;
        keys = new long[slots * k];
        ids = new int[slots * k];
        sizes = new int[slots];
    }

    void reset(int slot) {
        sizes[slot] = 0;
    }

    /** Entries are kept sorted, best first; insertion is O(k), which is cheap for the small k used here. */
    void offer(int slot, int id, long key) {
        if (k == 0) {
            return;
        }
        int base = slot * k;
        int size = sizes[slot];
        if (size == k && key <= keys[base + k - 1]) {
            return;
        }
        int at = size == k ? k - 1 : size;
        while (at > 0 && keys[base + at - 1] < key) {
            keys[base + at] = keys[base + at - 1];
            ids[base + at] = ids[base + at - 1];
            at--;
        }
        keys[base + at] = key;
        ids[base + at] = id;
        if (size < k) {
            sizes[slot] = size + 1;
        }
    }

    int[] items(int slot) {
        int[] out = new int[sizes[slot]];
        System.arraycopy(ids, slot * k, out, 0, out.length);
        return out;
    }
}
