package cn.anjian.mines.hazards;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface HazardRepository extends CrudRepository<Hazard, Long> {

    Optional<Hazard> findByCheckIdAndCheckItemId(UUID checkId, Long checkItemId);
}
