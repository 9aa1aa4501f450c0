package cn.anjian.reporting.registers;

import java.util.List;

/** One page of a register list (the list kit: page clamped by {@code PageSlice}). */
public record RegisterPage<T>(List<T> items, long total, int page, int size) {
}
