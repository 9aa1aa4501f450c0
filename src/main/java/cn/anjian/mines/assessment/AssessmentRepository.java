package cn.anjian.mines.assessment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.CrudRepository;

interface AssessmentRepository extends CrudRepository<Assessment, Long> {

    Optional<Assessment> findByCommissionerIdAndYear(long commissionerId, int year);

    List<Assessment> findByCommissionerIdInAndYear(Collection<Long> commissionerIds, int year);
}
