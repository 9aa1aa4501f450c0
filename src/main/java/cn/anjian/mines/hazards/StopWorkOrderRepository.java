package cn.anjian.mines.hazards;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface StopWorkOrderRepository extends CrudRepository<StopWorkOrder, Long> {

    Optional<StopWorkOrder> findByClientId(UUID clientId);
}
