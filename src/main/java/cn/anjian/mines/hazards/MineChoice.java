package cn.anjian.mines.hazards;

/** A mine the commissioner supervises this year, for the forms' mine choice. */
public record MineChoice(long id, String name) {
}
