package cn.anjian.personnel.inspectors;

import org.springframework.data.repository.CrudRepository;

interface RenewalRepository extends CrudRepository<Renewal, Long> {

    boolean existsByInspectorIdAndStatus(long inspectorId, RenewalStatus status);
}
