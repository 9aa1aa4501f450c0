package cn.anjian.enforcement.cases;

import java.util.List;

import org.springframework.data.repository.CrudRepository;

interface PreservationRepository extends CrudRepository<Preservation, Long> {
    List<Preservation> findByCaseIdOrderById(long caseId);
}
