package cn.anjian.mines.registry;

import java.math.BigDecimal;

import cn.anjian.mines.MineKind;
import cn.anjian.mines.ProductionStatus;
import cn.anjian.mines.SupervisingLevel;

/** MC-01: the mine data of an enterprise (coordinates default to the enterprise's). */
public record NewMine(Long enterpriseId, MineKind kind, Long annualStrippingTonnes, Long parentMineId,
                      ProductionStatus productionStatus, SupervisingLevel supervisingLevel, BigDecimal latitude,
                      BigDecimal longitude, String workingSites, String systems) {
}
