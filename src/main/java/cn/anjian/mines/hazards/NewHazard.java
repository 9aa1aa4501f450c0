package cn.anjian.mines.hazards;

import java.util.List;

/** A hazard recorded by hand (page or phone): {@code rectificationDays} null → the setting's default. */
public record NewHazard(Long mineId, String description, boolean major, Integer rectificationDays,
                        List<Long> photoFileIds) {
}
