package org.pathway.mentoringmatch.matching;

import java.util.Arrays;

/**
 * Binary min-heap over the ids 0..capacity-1 with decrease-key and removal. Equal keys pop in id order, which keeps
 * every shortest-path search, and so the whole solver, deterministic.
 */
final class IndexedMinHeap {

    private final int[] heap;
    private final int[] position;
    private final long[] key;
    private int size;

    IndexedMinHeap(int capacity) {
        heap = new int[capacity];
        position = new int[capacity];
        key = new long[capacity];
        Arrays.fill(position, -1);
    }

    boolean isEmpty() {
        return size == 0;
    }

    long minKey() {
        return key[heap[0]];
    }

    boolean contains(int id) {
        return position[id] >= 0;
    }

    long key(int id) {
        return key[id];
    }

    void clear() {
        for (int k = 0; k < size; k++) {
            position[heap[k]] = -1;
        }
        size = 0;
    }

    /** Inserts the id, or lowers its key; returns whether the key changed. */
    boolean offer(int id, long newKey) {
        int at = position[id];
        if (at < 0) {
            key[id] = newKey;
            heap[size] = id;
            position[id] = size;
            siftUp(size++);
            return true;
        }
        if (newKey < key[id]) {
            key[id] = newKey;
            siftUp(at);
            return true;
        }
        return false;
    }

    int poll() {
        int top = heap[0];
        removeAt(0);
        return top;
    }

    void remove(int id) {
        int at = position[id];
        if (at >= 0) {
            removeAt(at);
        }
    }

    private void removeAt(int at) {
        int removed = heap[at];
        position[removed] = -1;
        size--;
        if (at == size) {
            return;
        }
        int last = heap[size];
        heap[at] = last;
        position[last] = at;
        siftDown(at);
        if (heap[at] == last) {
            siftUp(at);
        }
    }

    private boolean less(int a, int b) {
        return key[a] < key[b] || (key[a] == key[b] && a < b);
    }

    private void siftUp(int at) {
        int id = heap[at];
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            int p = heap[parent];
            if (!less(id, p)) {
                break;
            }
            heap[at] = p;
            position[p] = at;
            at = parent;
        }
        heap[at] = id;
        position[id] = at;
    }

    private void siftDown(int at) {
        int id = heap[at];
        int half = size >>> 1;
        while (at < half) {
            int child = 2 * at + 1;
            int c = heap[child];
            int right = child + 1;
            if (right < size && less(heap[right], c)) {
                child = right;
                c = heap[child];
            }
            if (!less(c, id)) {
                break;
            }
            heap[at] = c;
            position[c] = at;
            at = child;
        }
        heap[at] = id;
        position[id] = at;
    }
}
