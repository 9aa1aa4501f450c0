package cn.anjian.documents;

import java.util.List;

/** One page of issued numbers. */
public record NumberPage(List<IssuedNumber> rows, long total, int page, int size) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
