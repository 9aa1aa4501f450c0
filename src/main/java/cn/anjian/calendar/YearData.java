package cn.anjian.calendar;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A year's holiday arrangement in the shape of the State Council notice data files
 * ({@code {year, papers[], days[{name,date,isOffDay}]}}). Dates are kept as text so that a date like
 * 2026-02-30 gets a clear message per row instead of a parse failure of the whole body.
 */
public record YearData(Integer year, List<String> papers, List<Day> days) {

    public record Day(String name, String date, @JsonProperty("isOffDay") Boolean isOffDay) {
    }
}
