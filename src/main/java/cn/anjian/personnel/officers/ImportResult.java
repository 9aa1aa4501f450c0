package cn.anjian.personnel.officers;

/** A successful import: how many officers (of which new people) and trainings were stored. */
public record ImportResult(int officers, int newPeople, int trainings) {
}
